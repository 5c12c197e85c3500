package dev.quire.internal.build;

import dev.quire.BuildOptions;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every stage of one build shares.
 *
 * @param root   the site folder as a real path ({@link #rootOf})
 * @param loader where plugins and theme engines are looked up
 * @param reuse  what the build takes over from earlier builds
 * @param check  true when the build is only checked, never put in place: broken links are errors
 */
record BuildRun(BuildOptions options, Path root, ClassLoader loader, Diagnostics diagnostics, Timings timings, Workers workers,
        Reuse reuse, Background background, boolean check) {

    /** The site folder of {@code options} as a real path; a clear error when there is none. */
    static Path rootOf(BuildOptions options) {
        Path site = options.site();
        if (!Files.isDirectory(site)) {
            throw new QuireException(null, 0, "the site folder " + site + " does not exist");
        }
        try {
            return site.toRealPath();
        } catch (IOException e) {
            throw new QuireException(null, 0, "cannot open the site folder " + site + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the build may go on to its next stage: there are no errors, and no warnings under
     * {@code --strict} (which are then reported as an error).
     */
    boolean proceed() {
        if (diagnostics.hasErrors()) {
            return false;
        }
        if (options.strict() && diagnostics.count(Severity.WARNING) > 0) {
            diagnostics.error(null, 0, "strict mode: the warnings above count as errors");
            return false;
        }
        return true;
    }
}
