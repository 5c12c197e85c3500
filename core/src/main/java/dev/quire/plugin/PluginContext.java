package dev.quire.plugin;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.BuildOptions;
import dev.quire.model.Content;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** What a plugin gets from the build: its settings, the build's options, and a way to report. */
public interface PluginContext {

    /**
     * Binds the plugin's section of {@code quire.yml} (the key is the plugin's name) to
     * {@code type}, usually a record with kebab-case keys. Unknown keys are reported as warnings,
     * values of the wrong type as errors with file and line. A missing section binds as empty.
     */
    <T> T settings(Class<T> type);

    /** The options of this build: offline, strict, drafts, where the site and output are. */
    BuildOptions options();

    /** A folder this plugin may keep files in between builds: {@code SITE/.quire/cache/NAME/}. */
    Path cacheDirectory();

    /**
     * Returns what {@code compute} returned for {@code key} in an earlier build (of this session:
     * {@code quire serve} builds many times in one process; or the last {@code quire build}, which
     * keeps what it remembered in the site's {@code .quire} folder), or computes it now. This is how a
     * plugin's whole-site hooks stay cheap in incremental builds: they run in every build, but the
     * work per file is done once per version of the file. Key what comes from a post's AST with
     * {@link Content#revision()} (an incremental build parses only changed files; reading
     * {@link Content#document()} of another file parses it again, which is correct but slow), and
     * what comes from a value (e.g. rendered HTML) with the value itself.
     *
     * <p>The result must depend on nothing but the key, and must not be changed afterwards.
     * Problems must not be reported inside {@code compute}: a remembered result would not report
     * them again. {@code quire check} simply computes.
     *
     * <p>Only keys and results of plain types are kept on disk between runs of {@code quire build}:
     * strings, numbers, the JDK's collections and dates, records of such parts (they need not be
     * {@code Serializable}), and {@code Serializable} classes of Quire. Anything else is remembered
     * for the run only.
     *
     * @param name what is remembered, to keep the plugin's kinds of results apart
     */
    default <T> T memo(String name, Object key, Supplier<T> compute) {
        return compute.get();
    }

    /**
     * What {@code read} makes of {@code file}, read once per version of the file in a session
     * ({@link #memo}, keyed by its {@link FileStamp}): for a data file a plugin reads in every
     * build, e.g. a cache it keeps in the site. A file changed in the last seconds is read again.
     * The same rules as for {@link #memo} apply to {@code read}; it may throw, and then nothing is
     * remembered.
     */
    default <T> T memoFile(String name, Path file, Function<Path, T> read) {
        return FileStamp.settled(file).map(stamp -> memo(name, stamp, () -> read.apply(file)))
                .orElseGet(() -> read.apply(file));
    }

    /**
     * Hands slow work, typically fetching from the network into a file of the site, to the
     * background of a session ({@code quire serve}), so that the page the writer is waiting for is
     * not held up by it. What the task writes into the site folder starts the next build, as an
     * edit does. Tasks run one at a time, beside the builds, and a task of the same {@code what}
     * and an equal {@code key} (e.g. the ids still to fetch) runs once per session. The task gets
     * a context of its own to report through; it remembers nothing ({@link #memo} computes).
     *
     * <p>Returns false, and runs nothing, in any other build ({@code quire build}, {@code check}):
     * then do the work in the build. The default does so, so a plugin that never asks is right
     * everywhere.
     */
    default boolean inBackground(String what, Object key, Consumer<PluginContext> task) {
        return false;
    }

    /**
     * The theme's words for {@code key} in the site's language, as a template's {@code t(key, n)}
     * gives them ({@code {n}} replaced by {@code n}, which may be null), for what a plugin draws
     * outside pages, e.g. a social card; null when the theme has none. The first call loads the
     * build's theme, which then renders its pages.
     *
     * @throws dev.quire.diagnostics.QuireException when the theme cannot be loaded
     */
    default String themeText(String key, Number n) {
        return null;
    }

    /** Reports an error at a file and line (0 if unknown); the build will fail. */
    void error(String file, int line, String message);

    /** Reports a warning at a file and line (0 if unknown); an error under {@code --strict}. */
    void warning(String file, int line, String message);

    /** Reports something worth knowing that is not a problem. */
    void info(String file, int line, String message);

    /**
     * Counts something this plugin did, for the summary a build ends with, e.g.
     * {@code count("papers enriched", 3)}. Counts of the same name add up, so a {@code transform}
     * may count per file; safe from many threads. The name is a plural noun phrase in lower case.
     */
    default void count(String what, long amount) {
    }

    /** Reports an error at the line where {@code node} starts in {@code content}'s file. */
    default void error(Content content, Node node, String message) {
        error(content.source(), node == null ? 0 : content.lineOf(node), message);
    }

    /** Reports a warning at the line where {@code node} starts in {@code content}'s file. */
    default void warning(Content content, Node node, String message) {
        warning(content.source(), node == null ? 0 : content.lineOf(node), message);
    }
}
