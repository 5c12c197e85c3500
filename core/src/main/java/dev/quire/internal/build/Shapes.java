package dev.quire.internal.build;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Digest;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a page read into a value that can be compared with {@code equals} across builds.
 * Each build makes new model objects, so a post is compared by its file, a record by its parts,
 * a list or map by its elements. A value of a class it does not know is never equal to anything:
 * a page that read one is rendered again in every build, which is slow but never wrong.
 *
 * <p>Shapes are serializable when what they are made of is: a class becomes its name, a path its
 * text. What {@code quire build} keeps on disk for its next run is a shape's {@link Fingerprint}
 * instead, a digest that the next run compares with the digest of its own shape ({@link #same}):
 * the shapes of what pages and renders read (papers' metadata, tables of contents) are large,
 * and reading them back costs more than digesting them again.
 */
final class Shapes {

    /** A post or page by its file: what it says is compared through the reads of its own getters. */
    record ContentRef(String source) implements Serializable {
    }

    private record SiteRef() implements Serializable {
    }

    private record PathRef(String path) implements Serializable {
    }

    private record OptionalShape(Object value) implements Serializable {
    }

    /**
     * A record by its type and parts. Within one build, a record object met many times (the
     * metadata of a paper many posts cite) has one shape ({@link #of}), which digests its parts
     * once however often it is fingerprinted.
     */
    private static final class RecordShape implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String type;
        private final List<Object> parts;
        /** The fingerprint of the parts, once made; a shape never changes after it is made. */
        private transient volatile String digest;
        private transient volatile boolean comparable = true;

        RecordShape(String type, List<Object> parts) {
            this.type = type;
            this.parts = parts;
        }

        /** The hex digest of the type and parts; null when a part cannot be compared. */
        String digest() {
            String known = digest;
            if (known == null && comparable) {
                Digest own = new Digest().add(type);
                if (fingerprint(parts, own)) {
                    known = own.hex();
                    digest = known;
                } else {
                    comparable = false;
                }
            }
            return known;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RecordShape shape && type.equals(shape.type) && parts.equals(shape.parts);
        }

        @Override
        public int hashCode() {
            return 31 * type.hashCode() + parts.hashCode();
        }
    }

    /** An object by identity, for sharing the shape of a record object within a build. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** The shape of each record object this instance has met: one per build. */
    private final Map<Identity, RecordShape> records;

    /**
     * A value that cannot be compared: equal only to itself, also after it was read back from
     * disk, where it becomes a new instance.
     */
    static final class Unknown implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The {@link Digest} of a shape; equal shapes have equal fingerprints in every run. */
    record Fingerprint(String digest) implements Serializable {
    }

    /** Shapes for one build: a record object met again has the shape it had the first time. */
    Shapes() {
        this(16);
    }

    /** Like {@link #Shapes()}, for about {@code records} record objects (the last build's count). */
    Shapes(int records) {
        this.records = new java.util.concurrent.ConcurrentHashMap<>(records);
    }

    /** How many record objects these shapes were made for. */
    int records() {
        return records.size();
    }

    /** True when {@code now} is the shape {@code before} was or, when {@code before} is a fingerprint, has it. */
    static boolean same(Object before, Object now) {
        if (before instanceof Fingerprint) {
            return before.equals(forDisk(now));
        }
        return before == null ? now == null : before.equals(now);
    }

    /**
     * What to keep of a shape on disk: a text or a number as it is (a long text is kept once, see
     * {@link SavedBuild}), anything else as its
     * {@link Fingerprint}, or an {@link Unknown} when part of it cannot be compared.
     */
    static Object forDisk(Object shape) {
        if (shape == null || shape instanceof String || shape instanceof Number || shape instanceof Boolean
                || shape instanceof Unknown || shape instanceof Fingerprint) {
            return shape;
        }
        Digest digest = new Digest();
        return fingerprint(shape, digest) ? new Fingerprint(digest.hex()) : new Unknown();
    }

    /** Adds a canonical form of {@code shape} to {@code digest}; false when it holds something that cannot be compared. */
    private static boolean fingerprint(Object shape, Digest digest) {
        if (shape == null) {
            digest.add("null");
            return true;
        }
        if (shape instanceof Unknown) {
            return false;
        }
        if (shape instanceof String text) {
            digest.add("s").add(text);
            return true;
        }
        if (shape instanceof Number || shape instanceof Boolean || shape instanceof Character
                || shape instanceof TemporalAccessor || shape instanceof URI) {
            digest.add(shape.getClass().getName()).add(shape.toString());
            return true;
        }
        if (shape instanceof RecordShape record) {
            String parts = record.digest();
            if (parts == null) {
                return false;
            }
            digest.add("record").add(parts);
            return true;
        }
        if (shape instanceof Enum<?> constant) {
            digest.add(constant.getDeclaringClass().getName()).add(constant.name());
            return true;
        }
        if (shape instanceof List<?> list) {
            digest.add("list").add(String.valueOf(list.size()));
            for (Object element : list) {
                if (!fingerprint(element, digest)) {
                    return false;
                }
            }
            return true;
        }
        if (shape instanceof java.util.Set<?> set) {
            if (set.stream().allMatch(String.class::isInstance)) {
                digest.add("strings").add(String.valueOf(set.size()));
                set.stream().map(String.class::cast).sorted().forEach(digest::add);
                return true;
            }
            return unordered("set", set.stream().map(element -> (Object) element).toList(), digest);
        }
        if (shape instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            // Most maps are keyed by text (data, settings): their keys give the order.
            digest.add("text map").add(String.valueOf(map.size()));
            List<String> keys = map.keySet().stream().map(String.class::cast).sorted().toList();
            for (String key : keys) {
                digest.add(key);
                if (!fingerprint(map.get(key), digest)) {
                    return false;
                }
            }
            return true;
        }
        if (shape instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>(map.size());
            map.forEach((key, value) -> entries.add(List.of(key == null ? new Null() : key, value == null ? new Null() : value)));
            return unordered("map", entries, digest);
        }
        if (shape.getClass().isRecord()) {
            List<Method> accessors = ACCESSORS.get(shape.getClass());
            if (accessors == null) {
                return false;
            }
            digest.add(shape.getClass().getName());
            for (Method accessor : accessors) {
                try {
                    if (!fingerprint(accessor.invoke(shape), digest)) {
                        return false;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The elements' own fingerprints, sorted, so that the order a hash set keeps does not count. */
    private static boolean unordered(String kind, List<Object> elements, Digest digest) {
        List<String> parts = new ArrayList<>(elements.size());
        for (Object element : elements) {
            Digest part = new Digest();
            if (!fingerprint(element, part)) {
                return false;
            }
            parts.add(part.hex());
        }
        parts.sort(null);
        digest.add(kind).add(String.valueOf(parts.size()));
        parts.forEach(digest::add);
        return true;
    }

    /** A null inside a map, where {@code List.of} takes none. */
    private record Null() {
    }

    /** What {@code value} is, as a value comparable across builds (see the class comment). */
    Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof TemporalAccessor
                || value instanceof URI) {
            return value;
        }
        if (value instanceof Path path) {
            return new PathRef(path.toString());
        }
        if (value instanceof Content content) {
            return new ContentRef(content.source());
        }
        if (value instanceof Site) {
            return new SiteRef();
        }
        if (value instanceof Optional<?> optional) {
            return new OptionalShape(optional.map(this::of).orElse(null));
        }
        if (value instanceof Collection<?> collection) {
            List<Object> parts = new ArrayList<>(collection.size());
            collection.forEach(element -> parts.add(of(element)));
            return value instanceof java.util.Set<?> ? new java.util.HashSet<>(parts) : parts;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> parts = new HashMap<>();
            map.forEach((k, v) -> parts.put(of(k), of(v)));
            return parts;
        }
        if (value.getClass().isRecord()) {
            Identity identity = new Identity(value);
            RecordShape known = records.get(identity);
            if (known != null) {
                return known;
            }
            Object made = record(value);
            if (made instanceof RecordShape shape) {
                RecordShape first = records.putIfAbsent(identity, shape);
                return first != null ? first : shape;
            }
            return made;
        }
        return new Unknown();
    }

    private Object record(Object value) {
        List<Method> accessors = ACCESSORS.get(value.getClass());
        if (accessors == null) {
            return new Unknown();
        }
        List<Object> parts = new ArrayList<>(accessors.size());
        for (Method accessor : accessors) {
            try {
                parts.add(of(accessor.invoke(value)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return new Unknown();
            }
        }
        return new RecordShape(value.getClass().getName(), parts);
    }

    /** The accessors of a record class, made accessible; null when they cannot be. */
    static List<Method> accessors(Class<?> type) {
        return ACCESSORS.get(type);
    }

    /**
     * The accessors of each record class, made accessible once: {@code RecordComponent#getAccessor}
     * gives a new {@link Method} on every call, and each new one is slow on its first use, which
     * made comparing a build's page inputs cost more than rendering the changed page. Null for a
     * record whose accessors cannot be made accessible.
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                try {
                    accessor.setAccessible(true);
                } catch (RuntimeException e) {
                    return null;
                }
                accessors.add(accessor);
            }
            return List.copyOf(accessors);
        }
    };
}
