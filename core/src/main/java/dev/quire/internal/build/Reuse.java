package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.content.ContentLoader;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a build takes over from earlier builds, asked at each step of the pipeline. The defaults
 * are a build from scratch that keeps nothing ({@link #NONE}, for {@code quire check} and for
 * loading a site to list it); {@link BuildCache} reuses what did not change and keeps what the
 * next build can reuse. The stages call these methods and never ask which of the two they have.
 */
interface Reuse {

    /** A build from scratch: everything is made, nothing is kept. */
    Reuse NONE = new Reuse() {
    };

    /** What a plugin's {@code memo} returns: remembered across builds, or computed now. */
    default <T> T memo(String plugin, String name, Object key, Supplier<T> compute) {
        return compute.get();
    }

    /**
     * Starts loading the site's files, which all depend on {@code environment} (read only when
     * something is kept: digesting it reads the site's settings files).
     */
    default void begin(Supplier<String> environment) {
    }

    /** Loads one post or page, or takes the last load of the same bytes; called from many threads. */
    default Optional<Content> load(Path file, Function<Path, Optional<Content>> load, ContentLoader loader,
            Diagnostics diagnostics) {
        return load.apply(file);
    }

    /**
     * Ends loading: {@code sources} are the site's files now, {@code reported} what loading them
     * reported.
     */
    default void loaded(Set<String> sources, List<Diagnostic> reported) {
    }

    /**
     * Transforms and renders {@code content} with {@code work}, or puts on it what an earlier
     * build made of the same file with the same inputs; called from many threads.
     *
     * @return the links of the rendered content
     */
    default List<ContentLinks.Ref> render(Content content, ContentWork work) {
        return work.run(content).links();
    }

    /** Ends rendering; {@code reported} is what transforming and rendering the files reported. */
    default void rendered(List<Diagnostic> reported) {
    }

    /**
     * The theme of the site in {@code root}: {@code load}'s, or the last build's when the theme's
     * files did not change.
     */
    default Theme theme(Path root, Supplier<Theme> load) {
        return load.get();
    }

    /** Opens the output folder for writing: everything is staged, or only what changed. */
    default StagedOutput open(Path output, Path site) {
        return StagedOutput.open(output, site);
    }

    /** Decides, page by page, whether a page must be rendered again; see {@link Pages}. */
    default Pages pages(Site site) {
        return Pages.ALWAYS;
    }

    /** Ends a build whose output was put in place at {@code target}. */
    default void published(Path target, OutputManifest written) {
    }

    /** Ends a build that failed: nothing of it was published. */
    default void failed() {
    }

    /** Transforming and rendering one post or page, and what the build needs to reuse it later. */
    interface ContentWork {

        /** What the plugins' transforms of {@code content} read besides its file. */
        Object inputs(Content content);

        /** Transforms and renders {@code content}. */
        Done run(Content content);

        /** Every post and page by its file, for telling whether links to files still lead where they did. */
        java.util.Map<Path, Content> byFile();

        /** Where what a reused render reported is reported again. */
        Diagnostics diagnostics();

        /**
         * @param fileLinks the Markdown files the content links to, with the URLs those links became
         * @param links     every link of the rendered content, for the link check
         */
        record Done(java.util.Map<String, String> fileLinks, List<ContentLinks.Ref> links) {
        }
    }

    /** The pages of one build: each rendered, or kept as the last build wrote it. */
    interface Pages {

        /** Every page is rendered. */
        Pages ALWAYS = (route, output) -> output.render(route);

        /** Renders the page of {@code route} into {@code output}, or keeps the file it has there. */
        void render(Routes.Route route, PageOutput output);

        /** Makes what this build's pages read the reference for the next build's. */
        default void finish() {
        }
    }

    /** Where pages go. */
    interface PageOutput {

        /**
         * Renders and writes a page.
         *
         * @return the theme assets the page uses; null when rendering failed (and was reported)
         */
        Set<String> render(Routes.Route route);

        /** True when the output still has the last build's file at {@code path}. */
        boolean canKeep(String path);

        /** Keeps the last build's file for {@code route}, which uses the theme {@code assets}. */
        void keep(Routes.Route route, Set<String> assets);
    }
}
