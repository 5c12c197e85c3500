package dev.quire.plugin;

import com.vladsch.flexmark.util.misc.Extension;
import dev.quire.model.Content;
import dev.quire.model.Site;
import java.util.List;
import java.util.Optional;

/**
 * A Quire plugin: a class with a public no-argument constructor, named in
 * {@code META-INF/services/dev.quire.plugin.QuirePlugin} of its jar.
 *
 * <p>Each build creates fresh plugin instances, so fields may hold state for one build. The hooks
 * run in this order; every method has a default, so a plugin overrides only what it needs:
 * <ol>
 *   <li>{@link #init} once, to read settings;</li>
 *   <li>{@link #markdownExtensions} once, before any file is parsed;</li>
 *   <li>{@link #siteLoaded} once, with every post and page loaded and parsed;</li>
 *   <li>{@link #transform} for each post and page, <em>in parallel</em>, on its AST;</li>
 *   <li>{@link #siteRendered} once, with every post and page rendered to HTML;</li>
 *   <li>{@link #write} once, to add files to the output.</li>
 * </ol>
 * Report problems through the {@link PluginContext}; an exception that escapes a hook fails the
 * build with the plugin's name and the file it was working on.
 *
 * <p><b>Incremental builds</b> ({@code quire serve}, and {@code quire build} after a first one)
 * run every hook in every build, with fresh instances, on the whole site: a plugin sees every post
 * as in a full build. What the core saves is
 * the per-file work: unchanged files are not parsed again (their {@link Content#document()} is
 * parsed only when asked for), and their {@link #transform} and rendering are skipped when
 * {@link #transformInputs} says nothing they read changed. A plugin keeps its own per-file work
 * cheap with {@link PluginContext#memo}. Pages are written again only when what they read changed;
 * files a plugin writes are compared with the previous build's and left alone when equal.
 */
public interface QuirePlugin {

    /** A short lower-case name; it names the plugin's section of {@code quire.yml} and its messages. */
    String name();

    /**
     * The type this plugin binds its section of {@code quire.yml} to with
     * {@link PluginContext#settings(Class)}, usually a record whose components carry
     * {@link dev.quire.settings.Setting}: the configuration reference ({@code quire settings})
     * documents it. Empty for a plugin without settings.
     */
    default Optional<Class<?>> settingsType() {
        return Optional.empty();
    }

    /** Plugins run in ascending order, then by name. The core's built-in steps use 0. */
    default int order() {
        return 100;
    }

    /** Reads settings; called once, before anything else. */
    default void init(PluginContext context) {
    }

    /** flexmark extensions to add to the Markdown parser and renderer (parsers, renderers, attributes). */
    default List<Extension> markdownExtensions() {
        return List.of();
    }

    /** Sees the whole loaded site, e.g. to collect links from every post and fetch data in one go. */
    default void siteLoaded(Site site, PluginContext context) {
    }

    /** Changes one post's or page's AST ({@link Content#document()}); runs in parallel for many files. */
    default void transform(Content content, PluginContext context) {
    }

    /**
     * What {@link #transform} of {@code content} reads besides the content's own file, for
     * incremental builds: when the file is unchanged and this value {@code equals} the one of the
     * previous build, the core reuses the file's rendered HTML and what transform put into its
     * {@code data}, {@code head} and cover image, instead of transforming it again. Called after
     * {@link #siteLoaded}, for every post and page, in parallel.
     *
     * <p>Return e.g. the metadata of the papers a post links to, or the URLs its images were
     * published at. The default, {@link #UNKNOWN_INPUTS}, is always safe: a plugin that transforms
     * without saying what it reads has every file transformed again in every build.
     */
    default Object transformInputs(Content content, PluginContext context) {
        return UNKNOWN_INPUTS;
    }

    /** Returned by {@link #transformInputs} when the plugin cannot tell; never equal to anything. */
    Object UNKNOWN_INPUTS = new Object() {
        @Override
        public String toString() {
            return "unknown transform inputs";
        }
    };

    /** Sees the whole site after every post and page was rendered to HTML. */
    default void siteRendered(Site site, PluginContext context) {
    }

    /** Adds files to the output: feeds, assets, extra pages rendered by the theme. */
    default void write(Site site, Output output, PluginContext context) {
    }
}
