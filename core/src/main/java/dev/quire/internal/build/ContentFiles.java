package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.content.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the Markdown and MDX files of a content folder, with Docusaurus's rules: files and
 * folders whose names start with {@code _} are left out (so are hidden ones), and so is anything
 * whose real location is outside the site folder.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    /** The {@code .md} and {@code .mdx} files under {@code folder}, sorted by path; none if it is missing. */
    static List<Path> in(Path folder, Path root, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> isContent(folder, p))
                    .filter(p -> insideSite(p, root, diagnostics))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(ContentLoader.relative(root, folder), 0, "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    /** All files under {@code folder} (for {@code static/}), sorted; symbolic links leaving the site are reported. */
    static List<Path> allFiles(Path folder, Path root, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> insideSite(p, root, diagnostics)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(ContentLoader.relative(root, folder), 0, "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isContent(Path folder, Path file) {
        String name = file.getFileName().toString();
        boolean danglingLink = Files.isSymbolicLink(file) && !Files.exists(file);
        if (!(name.endsWith(".md") || name.endsWith(".mdx")) || !(Files.isRegularFile(file) || danglingLink)) {
            return false;
        }
        for (Path part : folder.relativize(file)) {
            String segment = part.toString();
            if (segment.startsWith("_") || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideSite(Path file, Path root, Diagnostics diagnostics) {
        try {
            if (file.toRealPath().startsWith(root)) {
                return true;
            }
        } catch (IOException e) {
            diagnostics.error(ContentLoader.relative(root, file), 0, "is a link to a file that does not exist");
            return false;
        }
        diagnostics.error(ContentLoader.relative(root, file), 0,
                "is a link to a file outside the site folder; Quire never reads files outside the site");
        return false;
    }
}
