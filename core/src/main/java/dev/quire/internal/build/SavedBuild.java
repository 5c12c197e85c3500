package dev.quire.internal.build;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.quire.plugin.WholeFiles;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Keeps a {@link BuildCache} on disk between runs of {@code quire build}, in
 * {@code SITE/.quire/cache/build-state}, so that a build after an edit does what a rebuild of
 * {@code quire serve} does: only what changed.
 *
 * <p>The file belongs to one version of Quire, its plugins and themes, and one set of options (the
 * key); any other build starts from nothing. The files' entries and the plugins' memos are kept in
 * chunks, each readable on its own: what cannot be written or read back (its class is gone) is
 * left out, which costs the next build time and never makes it wrong. Java serialization writes
 * what is {@link java.io.Serializable}, and here also any record, by its components, so that
 * plugins' records need not say they are serializable. Long texts (a post's HTML is also what its
 * page read, and the key of what the search plugin remembers) are kept once, as UTF-8, in a table
 * of their own. What the last build wrote is trusted only when the output folder is still as that
 * build left it.
 *
 * <p>The site folder may come from anyone, so reading accepts plain data only: records, enums,
 * strings, numbers, the JDK's collections and dates, and Quire's own classes. Nothing else is
 * made from the file, so no class can run code of its choosing while it is read.
 *
 * <p>One class on purpose, though long: the format, its chunks and its filter change together, and
 * the whole of it is what the artifact cache of the second build-core design replaces.
 */
final class SavedBuild {

    static final Path FILE = Path.of(".quire", "cache", "build-state");

    private static final String FORMAT = "quire build state 2";

    /** Entries per chunk: enough to amortize a stream's class descriptions, few enough to lose little. */
    private static final int CHUNK = 256;

    /** Texts at least this long go to the table of texts. */
    private static final int LONG_TEXT = 512;

    private SavedBuild() {
    }

    /**
     * The cache the last build of the site left for a build with {@code key}, or an empty one.
     *
     * @param output the fingerprint of the output folder now; what the last build wrote is
     *               forgotten unless it is the one that build left
     */
    static BuildCache read(Path root, String key, String output, ClassLoader loader, Workers workers) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new BuildCache();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return new BuildCache();
            }
            String outputLeft = in.readUTF();
            long size = Files.size(file);
            byte[] header = blob(in, size);
            List<byte[]> traceChunks = blobs(in, size);
            List<byte[]> valueChunks = blobs(in, size);
            List<byte[]> fileChunks = blobs(in, size);
            List<byte[]> memoChunks = blobs(in, size);
            List<byte[]> textBytes = blobs(in, size);
            Map<String, long[]> costs = costs(in);
            Decoder decoder = new Decoder(loader, workers.map(textBytes, bytes -> new String(bytes, UTF_8))
                    .toArray(String[]::new));
            if (!(decoder.decode(header) instanceof BuildCache.Header restored)) {
                return new BuildCache();
            }
            BuildCache cache = new BuildCache();
            cache.restore(restored, decoder.<String, BuildCache.FileEntry>map(fileChunks, workers),
                    decoder.map(memoChunks, workers), costs,
                    PageTraces.Saved.of(decoder.map(traceChunks, workers), decoder.map(valueChunks, workers)));
            if (!outputLeft.equals(output)) {
                cache.forgetOutput();
            }
            return cache;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // Too large for this heap, damaged or not ours: the build starts from nothing.
            return new BuildCache();
        }
    }

    /**
     * Writes what {@code cache} holds after a successful build.
     *
     * @param output the fingerprint of the output folder that build left
     */
    static void write(Path root, String key, String output, BuildCache cache, Workers workers) throws IOException {
        Encoder encoder = new Encoder();
        byte[] header = encoder.encode(cache.header());
        if (header == null) {
            Files.deleteIfExists(root.resolve(FILE));
            return;
        }
        PageTraces.Saved traces = cache.pages().saved();
        // Written as it is encoded, a few chunks at a time: the record of a large site is larger than
        // what a build can hold in memory besides the site.
        WholeFiles.write(root.resolve(FILE), stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(FORMAT);
            out.writeUTF(key);
            out.writeUTF(output);
            blob(out, header);
            encoder.writeChunks(out, traces.pages(), PageTraces.Trace::forDisk, trace -> null, workers);
            // A value that cannot be kept must still count as changed, or the pages that read it would be kept.
            encoder.writeChunks(out, traces.values(), Shapes::forDisk, value -> new Shapes.Unknown(), workers);
            encoder.writeChunks(out, cache.files(), BuildCache.FileEntry::forDisk, BuildCache.FileEntry::withoutRender,
                    workers);
            writeMemos(out, encoder, cache.memos(), workers);
            List<String> texts = encoder.texts();
            out.writeInt(texts.size());
            for (List<String> batch : batches(texts)) {
                for (byte[] text : workers.map(batch, text -> text.getBytes(UTF_8))) {
                    blob(out, text);
                }
            }
            Map<String, long[]> costs = cache.memos().costs();
            out.writeInt(costs.size());
            for (Map.Entry<String, long[]> cost : costs.entrySet()) {
                out.writeUTF(cost.getKey());
                out.writeLong(cost.getValue()[0]);
                out.writeLong(cost.getValue()[1]);
            }
            out.flush();
        });
    }

    /**
     * Writes the plugins' remembered results of the kinds worth keeping ({@link MemoStore#worthKeeping}),
     * each kind in chunks of its own, and notes what one result of each kind took.
     */
    private static void writeMemos(DataOutputStream out, Encoder encoder, MemoStore memos, Workers workers)
            throws IOException {
        Map<String, List<Map.Entry<List<Object>, Object>>> byKind = new java.util.TreeMap<>();
        memos.remembered().entrySet().forEach(entry -> {
            String kind = MemoStore.kind(entry.getKey());
            if (memos.worthKeeping(kind)) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
            }
        });
        List<List<Map.Entry<List<Object>, Object>>> parts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, entries) -> {
            for (int start = 0; start < entries.size(); start += CHUNK) {
                parts.add(entries.subList(start, Math.min(entries.size(), start + CHUNK)));
                kinds.add(kind);
            }
        });
        Map<String, Long> bytes = new java.util.HashMap<>();
        encoder.writeParts(out, parts, value -> value, value -> null, workers,
                (index, length) -> bytes.merge(kinds.get(index), (long) length, Long::sum));
        bytes.forEach((kind, total) -> memos.written(kind, total / byKind.get(kind).size()));
    }

    /** What the record says each kind of remembered result costs (see {@link MemoStore#costs}). */
    private static Map<String, long[]> costs(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1 << 16) {
            throw new IOException("not a build record");
        }
        Map<String, long[]> costs = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            costs.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
        }
        return costs;
    }

    /** A few items per worker thread at a time. */
    private static <T> List<List<T>> batches(List<T> items) {
        int size = 4 * Runtime.getRuntime().availableProcessors();
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            batches.add(items.subList(start, Math.min(items.size(), start + size)));
        }
        return batches;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> mapOf(Object decoded) {
        return decoded instanceof Map<?, ?> map ? (Map<K, V>) map : Map.of();
    }

    /** One part of the file; a part whose checksum does not match makes the whole file unreadable. */
    private static byte[] blob(DataInputStream in, long limit) throws IOException {
        int length = in.readInt();
        int checksum = in.readInt();
        if (length < 0 || length > limit) {
            throw new IOException("not a build record");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        if (checksum(bytes) != checksum) {
            throw new IOException("the build record is damaged");
        }
        return bytes;
    }

    private static int checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static List<byte[]> blobs(DataInputStream in, long limit) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > limit) {
            throw new IOException("not a build record");
        }
        List<byte[]> blobs = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            blobs.add(blob(in, limit));
        }
        return blobs;
    }

    private static void blob(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.writeInt(checksum(bytes));
        out.write(bytes);
    }


    /**
     * Encodes parts of one file, on many threads, collecting the long texts they hold in one table.
     */
    private static final class Encoder {
        private final Map<String, Integer> textIndex = new java.util.IdentityHashMap<>();
        private final List<String> texts = new ArrayList<>();

        synchronized int indexOf(String text) {
            return textIndex.computeIfAbsent(text, t -> {
                texts.add(t);
                return texts.size() - 1;
            });
        }

        synchronized List<String> texts() {
            return List.copyOf(texts);
        }

        /**
         * Writes the map's entries, each value as {@code forDisk} makes it, in encoded chunks: their
         * count, then each chunk. An entry that cannot be encoded is encoded as {@code fallback}
         * makes it, or left out when that is null or cannot be encoded either.
         */
        <K, V> void writeChunks(DataOutputStream out, Map<K, V> map, UnaryOperator<V> forDisk,
                UnaryOperator<V> fallback, Workers workers) throws IOException {
            List<Map.Entry<K, V>> all = new ArrayList<>(map.entrySet());
            List<List<Map.Entry<K, V>>> parts = new ArrayList<>();
            for (int start = 0; start < all.size(); start += CHUNK) {
                parts.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
            }
            writeParts(out, parts, forDisk, fallback, workers, (index, length) -> { });
        }

        /**
         * Writes {@code parts} as {@link #writeChunks} does, telling {@code written} the length of
         * each part's chunk by the part's index.
         */
        <K, V> void writeParts(DataOutputStream out, List<List<Map.Entry<K, V>>> parts, UnaryOperator<V> forDisk,
                UnaryOperator<V> fallback, Workers workers, java.util.function.BiConsumer<Integer, Integer> written)
                throws IOException {
            out.writeInt(parts.size());
            int index = 0;
            for (List<List<Map.Entry<K, V>>> batch : batches(parts)) {
                for (byte[] chunk : workers.map(batch, part -> chunk(part, forDisk, fallback))) {
                    blob(out, chunk);
                    written.accept(index++, chunk.length);
                }
            }
        }

        private <K, V> byte[] chunk(List<Map.Entry<K, V>> part, UnaryOperator<V> forDisk, UnaryOperator<V> fallback) {
            LinkedHashMap<K, V> kept = new LinkedHashMap<>();
            part.forEach(entry -> kept.put(entry.getKey(), forDisk.apply(entry.getValue())));
            byte[] whole = encode(kept);
            if (whole != null) {
                return whole;
            }
            LinkedHashMap<K, V> encodable = new LinkedHashMap<>();
            kept.forEach((key, value) -> {
                if (encode(Map.of(key, value)) != null) {
                    encodable.put(key, value);
                } else {
                    V replacement = fallback.apply(value);
                    if (replacement != null && encode(Map.of(key, replacement)) != null) {
                        encodable.put(key, replacement);
                    }
                }
            });
            return Objects.requireNonNullElseGet(encode(encodable), () -> encode(Map.of()));
        }

        /** The serialized form of {@code value}, or null when part of it is not serializable. */
        byte[] encode(Object value) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (ObjectOutputStream out = new RecordsOutput(bytes, this)) {
                out.writeObject(value);
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return bytes.toByteArray();
        }
    }

    /** Reads parts of one file, with the texts of its table. */
    private record Decoder(ClassLoader loader, String[] texts) {

        /** The entries of the map chunks that could be read back, decoded on every core. */
        <K, V> Map<K, V> map(List<byte[]> chunks, Workers workers) {
            Map<K, V> entries = new LinkedHashMap<>();
            workers.map(chunks, this::decode).forEach(chunk -> entries.putAll(mapOf(chunk)));
            return entries;
        }

        /** What {@code bytes} encode, or null when they cannot be read back safely. */
        Object decode(byte[] bytes) {
            if (bytes.length == 0) {
                return null;
            }
            try (ObjectInputStream in = new PlainDataInput(new ByteArrayInputStream(bytes), this)) {
                return in.readObject();
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                return null;
            }
        }
    }

    /** A long text, by its place in the table of texts. */
    private record TextRef(int index) implements java.io.Serializable {
    }

    /** Each record class's canonical constructor, made accessible once; null for a class that is not a record. */
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return null;
            }
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical;
            } catch (NoSuchMethodException | RuntimeException e) {
                return null;
            }
        }
    };

    /** A record that is not {@link java.io.Serializable}, by its class and its components' values. */
    private record RecordForm(String type, Object[] components) implements java.io.Serializable {
    }

    /** Writes records that are not serializable as their {@link RecordForm}, and long texts as {@link TextRef}s. */
    private static final class RecordsOutput extends ObjectOutputStream {
        private final Encoder encoder;

        RecordsOutput(java.io.OutputStream out, Encoder encoder) throws IOException {
            super(out);
            this.encoder = encoder;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object value) throws IOException {
            if (value instanceof String text && text.length() >= LONG_TEXT) {
                return new TextRef(encoder.indexOf(text));
            }
            if (value == null || !value.getClass().isRecord() || value instanceof java.io.Serializable) {
                return value;
            }
            List<Method> accessors = Shapes.accessors(value.getClass());
            if (accessors == null) {
                throw new NotSerializableException(value.getClass().getName());
            }
            Object[] values = new Object[accessors.size()];
            try {
                for (int i = 0; i < values.length; i++) {
                    values[i] = accessors.get(i).invoke(value);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new NotSerializableException(value.getClass().getName());
            }
            return new RecordForm(value.getClass().getName(), values);
        }
    }

    /**
     * Reads plain data only (see the class comment), finding classes with the build's loader, where
     * plugins' classes are, and making records again from their {@link RecordForm}.
     */
    private static final class PlainDataInput extends ObjectInputStream {
        private final ClassLoader loader;
        private final String[] texts;

        PlainDataInput(InputStream in, Decoder decoder) throws IOException {
            super(in);
            this.loader = decoder.loader();
            this.texts = decoder.texts();
            setObjectInputFilter(PlainDataInput::check);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object value) throws IOException {
            if (value instanceof TextRef ref) {
                if (ref.index() < 0 || ref.index() >= texts.length) {
                    throw new InvalidObjectException("no text " + ref.index());
                }
                return texts[ref.index()];
            }
            if (!(value instanceof RecordForm form)) {
                return value;
            }
            try {
                Constructor<?> canonical = CONSTRUCTORS.get(Class.forName(form.type(), false, loader));
                if (canonical == null || canonical.getParameterCount() != form.components().length) {
                    throw new InvalidObjectException("not a record of this shape: " + form.type());
                }
                return canonical.newInstance(form.components());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new InvalidObjectException("cannot make " + form.type() + " again: " + e);
            }
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }

        private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
            if (info.depth() > 200) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            if (type == null) {
                return ObjectInputFilter.Status.UNDECIDED;
            }
            while (type.isArray()) {
                type = type.getComponentType();
            }
            return plain(type) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
        }

        private static boolean plain(Class<?> type) {
            String name = type.getName();
            return type.isPrimitive() || type.isRecord() || type.isEnum() || type == Object.class
                    || type == String.class || type == Boolean.class || type == Character.class
                    || Number.class.isAssignableFrom(type) && (name.startsWith("java.lang.") || name.startsWith("java.math."))
                    || type == Number.class || type == Enum.class || type == java.net.URI.class
                    || name.startsWith("java.time.")
                    || name.startsWith("java.util.") && !name.startsWith("java.util.concurrent.") && !name.contains("$Lambda")
                    || name.equals("java.util.concurrent.ConcurrentHashMap")
                    || name.startsWith("java.util.concurrent.ConcurrentHashMap$Segment")
                    || name.startsWith("dev.quire.");
        }
    }
}
