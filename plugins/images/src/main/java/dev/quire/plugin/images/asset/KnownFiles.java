package dev.quire.plugin.images.asset;

import dev.quire.plugin.images.probe.ImageFormat;
import dev.quire.plugin.images.probe.ImageHeader;
import dev.quire.plugin.FileStamp;
import dev.quire.plugin.WholeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The hashes and image headers of an earlier build, kept in the plugin's cache folder, so a warm
 * build need not read every picture again. An entry counts only while its file has the same size
 * and modification time (to the nanosecond where the file system keeps them), the test
 * {@code make} and {@code rsync} rely on. Safe to use from many threads.
 */
final class KnownFiles {

    private static final String HEADER = "# quire images 2: path, size, modified ns, digest, format, width, height, orientation, animated";

    /** What a file was when it was last read. */
    record Facts(long size, long modified, String digest, ImageHeader header) implements Serializable {
    }

    private final Path file;
    private final Map<String, Facts> earlier;
    private final Map<String, Facts> now = new ConcurrentHashMap<>();

    private KnownFiles(Path file, Map<String, Facts> earlier) {
        this.file = file;
        this.earlier = earlier;
    }

    /** Reads the list an earlier build saved; a missing or damaged list is an empty one. */
    static KnownFiles load(Path file) {
        return of(file, read(file));
    }

    /** The list in {@code file}, holding what {@link #read} read from it. */
    static KnownFiles of(Path file, Map<String, Facts> earlier) {
        return new KnownFiles(file, earlier);
    }

    /**
     * What the list in {@code file} says, by path; empty when it is missing, damaged, or of another
     * format (e.g. written by a version of Quire that named files by another digest).
     */
    static Map<String, Facts> read(Path file) {
        Map<String, Facts> earlier = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Map.of();
            }
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length != 9) {
                    continue;
                }
                ImageHeader header = f[4].isEmpty() ? null : new ImageHeader(ImageFormat.valueOf(f[4]),
                        Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Boolean.parseBoolean(f[8]));
                earlier.put(f[0], new Facts(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], header));
            }
        } catch (IOException | RuntimeException e) {
            earlier.clear();
        }
        return Collections.unmodifiableMap(earlier);
    }

    /** The size and modification time of {@code path}, to compare with what is known. */
    static Facts stamp(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return new Facts(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), null, null);
    }

    /** The size and modification time a stamp taken earlier in the build tells. */
    static Facts stamp(FileStamp stamp) {
        return new Facts(stamp.size(), stamp.modified(), null, null);
    }

    /** What was known of the file at {@code relative}, if it has not changed since. */
    Facts get(String relative, Facts stamp) {
        Facts known = earlier.get(relative);
        return known != null && known.size() == stamp.size() && known.modified() == stamp.modified() ? known : null;
    }

    void put(String relative, Facts facts) {
        now.put(relative, facts);
    }

    /** Saves what this build read, and only that, so files no longer used drop out. */
    void save() throws IOException {
        if (now.equals(earlier)) {
            return; // the list read at the start says exactly this: most rebuilds of quire serve
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        new TreeMap<>(now).forEach((path, f) -> {
            if (path.contains("\t") || path.contains("\n")) {
                return;
            }
            ImageHeader h = f.header();
            lines.add(String.join("\t", path, String.valueOf(f.size()), String.valueOf(f.modified()), f.digest(),
                    h == null ? "" : h.format().name(), h == null ? "" : String.valueOf(h.width()),
                    h == null ? "" : String.valueOf(h.height()), h == null ? "" : String.valueOf(h.orientation()),
                    h == null ? "" : String.valueOf(h.animated())));
        });
        WholeFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
