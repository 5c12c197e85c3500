package dev.quire.plugin.images.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The existing file whose name is closest to one that is missing, for "did you mean …?". It looks
 * in the nearest folder of the missing path that exists (and below it), never outside the site.
 */
final class Suggestions {

    private static final int MAX_DEPTH = 3;
    private static final int MAX_FILES = 5_000;
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /**
     * @param missing the path that was not found, normalized, inside the site folder
     * @param inside  whether a path may be looked at (inside the site folder)
     */
    static Optional<Path> closest(Path missing, Path siteRoot, Predicate<Path> inside) {
        Path folder = missing.getParent();
        while (folder != null && folder.startsWith(siteRoot) && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !folder.startsWith(siteRoot)) {
            return Optional.empty();
        }
        Path base = folder;
        String wanted = key(base.relativize(missing));
        try (Stream<Path> files = Files.walk(base, MAX_DEPTH)) {
            List<Path> candidates = files.limit(MAX_FILES).filter(Files::isRegularFile).filter(inside).toList();
            return candidates.stream()
                    .map(file -> new Scored(file, DISTANCE.apply(wanted, key(base.relativize(file)))))
                    .filter(s -> s.distance <= Math.max(2, wanted.length() / 3))
                    .min(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.file.toString()))
                    .map(Scored::file);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private record Scored(Path file, int distance) {
    }

    private static String key(Path relative) {
        return relative.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
    }
}
