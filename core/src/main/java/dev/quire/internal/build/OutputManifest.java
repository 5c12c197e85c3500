package dev.quire.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build wrote into its output folder: for each file, that its bytes were written, or
 * which site file it was copied from, so that the next build writes only files that differ.
 */
public final class OutputManifest implements java.io.Serializable {

    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, WeakReference<String>> texts = new ConcurrentHashMap<>();
    private volatile String folderKey;
    private volatile long markerTime;

    /** The form kept on disk: the texts are the process's own and are not kept. */
    private record Saved(Map<String, String> files, String folderKey, long markerTime) implements java.io.Serializable {
        private Object readResolve() {
            OutputManifest manifest = new OutputManifest();
            manifest.files.putAll(files);
            manifest.folderKey = folderKey;
            manifest.markerTime = markerTime;
            return manifest;
        }
    }

    private Object writeReplace() {
        return new Saved(new java.util.HashMap<>(files), folderKey, markerTime);
    }

    /**
     * A file whose bytes the build wrote. The next build compares its own bytes with the file in
     * place: reading a file back costs less than hashing what is written (a serve rebuild writes
     * megabytes of feeds and indexes), and a file changed by hand in between is noticed.
     */
    static final String WRITTEN = "written";

    /** A copied file by where it comes from, its size and modification time: copies are not read to be compared. */
    static String ofFile(Path source) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
        return "file:" + source + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
    }

    /**
     * Remembers which text was written at {@code path}, without keeping it alive. A plugin that
     * remembers what it wrote ({@code PluginContext#memo}) gives the next build the very same
     * object, which is then known to be in place without being encoded and compared again (as
     * the fingerprints of written files were trusted before bytes were compared).
     */
    void putText(String path, String text) {
        texts.put(path, new WeakReference<>(text));
    }

    /** True when this build wrote this very object (not merely equal text) at {@code path}. */
    boolean wroteText(String path, String text) {
        WeakReference<String> written = texts.get(path);
        return written != null && written.get() == text && WRITTEN.equals(files.get(path));
    }

    void put(String path, String fingerprint) {
        files.put(path, fingerprint);
    }

    String get(String path) {
        return files.get(path);
    }

    Set<String> paths() {
        return files.keySet();
    }

    /** Remembers which folder holds these files, so that a later build notices when it was replaced. */
    void seal(Path folder) {
        try {
            folderKey = keyOf(folder);
            markerTime = Files.getLastModifiedTime(folder.resolve(StagedOutput.MARKER)).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What tells this folder from one that replaced it (its inode, on Unix), or null when the system cannot say. */
    private static String keyOf(Path folder) throws IOException {
        Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        return key == null ? null : key.toString();
    }

    /** True when {@code folder} is still the folder this build left (not replaced by another build since). */
    boolean matchesFolder(Path folder) {
        try {
            return folderKey != null && folderKey.equals(keyOf(folder))
                    && Files.getLastModifiedTime(folder.resolve(StagedOutput.MARKER)).toMillis() == markerTime;
        } catch (IOException e) {
            return false;
        }
    }
}
