package dev.quire;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param success     true when the new site is in place; false when the old one was kept
 * @param output      where the site is
 * @param posts       posts built
 * @param pages       standalone pages built
 * @param files       files written
 * @param bytes       bytes written
 * @param elapsed     wall-clock time of the whole build
 * @param stages      time spent per stage and plugin (summed over threads)
 * @param diagnostics everything reported, sorted by file and line
 * @param causes      the exceptions behind internal errors, for {@code --debug}
 */
public record BuildResult(boolean success, Path output, int posts, int pages, int files, long bytes, Duration elapsed,
        Map<String, Duration> stages, List<Diagnostic> diagnostics, List<Throwable> causes) {

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
