package dev.quire.plugin.images.scan;

import java.io.File;
import java.nio.file.Path;

/** Paths as messages and URLs write them: relative, with {@code /} separators on every system. */
public final class SitePaths {

    private SitePaths() {
    }

    /** {@code file} relative to {@code base}, with {@code /} separators. */
    public static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace(File.separatorChar, '/');
    }
}
