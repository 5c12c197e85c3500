package dev.quire.plugin.images.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Pattern;

/** Finds the line of a front matter key, since the model keeps the values but not where they are. */
final class FrontMatterLines {

    private static final String FENCE = "---";

    private FrontMatterLines() {
    }

    /** The 1-based line of {@code key:} in the file's front matter; 1 when it cannot be found. */
    static int lineOf(Path file, String key) {
        Pattern entry = Pattern.compile("^" + Pattern.quote(key) + "\\s*:.*");
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            Iterator<String> it = lines.iterator();
            if (!it.hasNext() || !it.next().strip().equals(FENCE)) {
                return 1;
            }
            for (int line = 2; it.hasNext(); line++) {
                String text = it.next();
                if (text.strip().equals(FENCE)) {
                    return 1;
                }
                if (entry.matcher(text).matches()) {
                    return line;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 1;
        }
        return 1;
    }
}
