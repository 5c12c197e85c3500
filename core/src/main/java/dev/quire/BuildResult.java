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
 * @param stages      wall-clock time of each stage, in the order they ran
 * @param plugins     time each plugin spent in each hook, by plugin in the order they ran; the
 *                    {@code transform} hook runs on many threads at once and its time is summed
 *                    over them, so it can exceed the wall clock
 * @param counts      what plugins counted for the summary (e.g. {@code papers enriched}), by
 *                    plugin in the order they ran
 * @param work        time of steps inside stages that run on many threads at once, summed over
 *                    the threads (so it can exceed the wall clock): {@code parse} (the MDX step and
 *                    the Markdown parser, inside loading) and {@code render Markdown} (inside
 *                    transform and render)
 * @param templates   the time of each theme template over all the pages it rendered, summed over
 *                    threads, slowest first
 * @param diagnostics everything reported, sorted by file and line
 * @param causes      the exceptions behind internal errors, for {@code --debug}
 * @param upToDate    true when nothing changed since the last build, so the output was left as it
 *                    was; the counts are then the last build's, and nothing was timed but the check
 */
public record BuildResult(boolean success, Path output, int posts, int pages, int files, long bytes, Duration elapsed,
        Map<String, Duration> stages, Map<String, Map<String, Duration>> plugins, Map<String, Long> counts,
        Map<String, Duration> work, List<TemplateTime> templates, List<Diagnostic> diagnostics,
        List<Throwable> causes, boolean upToDate) {

    /**
     * The time one theme template took.
     *
     * @param template the template's name
     * @param pages    how many pages it rendered
     * @param total    its time over all of them, summed over threads
     */
    public record TemplateTime(String template, long pages, Duration total) {
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
