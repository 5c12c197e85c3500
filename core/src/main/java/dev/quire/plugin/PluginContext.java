package dev.quire.plugin;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.BuildOptions;
import dev.quire.model.Content;
import java.nio.file.Path;

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
