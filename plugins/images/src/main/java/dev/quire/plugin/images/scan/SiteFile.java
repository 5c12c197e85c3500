package dev.quire.plugin.images.scan;

import java.nio.file.Path;

/**
 * A file of the site that a reference resolved to.
 *
 * @param file       the file itself: absolute, symbolic links resolved, inside the site folder
 * @param staticPath its path inside {@code static/} with {@code /} separators (static files are
 *                   published at that path), or {@code null} for any other file
 */
public record SiteFile(Path file, String staticPath) {

    public boolean isStatic() {
        return staticPath != null;
    }
}
