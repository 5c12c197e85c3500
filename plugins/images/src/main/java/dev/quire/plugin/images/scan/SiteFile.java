package dev.quire.plugin.images.scan;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * A file of the site that a reference resolved to.
 *
 * @param file       the file itself: absolute, symbolic links resolved, inside the site folder
 * @param staticPath its path inside {@code static/} with {@code /} separators (static files are
 *                   published at that path), or {@code null} for any other file
 */
public record SiteFile(Path file, String staticPath) implements Serializable {

    public boolean isStatic() {
        return staticPath != null;
    }

    /** A path is not serializable; its text is. */
    private Object writeReplace() {
        return new Written(file.toString(), staticPath);
    }

    private record Written(String file, String staticPath) implements Serializable {
        private Object readResolve() {
            return new SiteFile(Path.of(file), staticPath);
        }
    }
}
