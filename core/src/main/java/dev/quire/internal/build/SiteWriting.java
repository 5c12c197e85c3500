package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import dev.quire.diagnostics.Severity;
import dev.quire.internal.content.ContentLoader;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.theme.Theme;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The write stage: the theme renders every page, static files are copied, plugins add their
 * files, the theme's assets follow, and every link is checked, all into a staging folder that
 * {@link Pipeline} puts in place only when the build succeeded.
 */
final class SiteWriting {

    private final BuildRun run;
    private final SiteLoading.Loaded loaded;

    SiteWriting(BuildRun run, SiteLoading.Loaded loaded) {
        this.run = run;
        this.loaded = loaded;
    }

    /**
     * The site in its staging folder, and the pages' record of what they read, to be made the
     * reference for the next build once the output is in place.
     */
    record Written(StagedOutput staged, Reuse.Pages pages) {
    }

    /**
     * Writes the site into a staging folder.
     *
     * @param links the links of every post and page, for the link check
     */
    Written write(Map<Content, List<ContentLinks.Ref>> links) {
        Site site = loaded.site();
        // Loaded already when a plugin asked for the theme's words.
        Theme theme = run.timings().stage("load the theme", () -> loaded.theme().get());
        StagedOutput staged = run.reuse().open(run.options().output(), site.root());
        try {
            List<Routes.Route> routes = new Routes(site, theme::hasTemplate).all();
            Reuse.Pages pages = run.timings().stage("pages: what changed", () -> run.reuse().pages(site));
            SiteOutput output = new SiteOutput(staged, theme, site, pages);
            run.timings().stage("render pages", routes.size(), () -> routes.parallelStream().forEach(route -> {
                pages.render(route, output);
                run.timings().step();
            }));
            run.timings().stage("copy static files", () -> copyStatic(site, output));
            run.timings().stage("plugins: write", () -> loaded.plugins().write(site, output));
            // Last: pages that plugins render may use theme assets too.
            run.timings().stage("write theme assets", () -> theme.assets(output.usedAssets()).forEach(output::write));
            checkLinks(site, staged, links);
            return new Written(staged, pages);
        } catch (RuntimeException e) {
            staged.abandon();
            throw e;
        }
    }

    private void checkLinks(Site site, StagedOutput staged, Map<Content, List<ContentLinks.Ref>> links) {
        LinkTargets targets = new LinkTargets(site, staged.written());
        LinkCheck linkCheck = new LinkCheck(site, targets, run.diagnostics(),
                run.check() ? Severity.ERROR : Severity.WARNING);
        run.timings().stage("check links", site.contents().size(), () -> site.contents().parallelStream()
                .forEach(content -> {
                    linkCheck.check(content, links.getOrDefault(content, List.of()));
                    run.timings().step();
                }));
        if (run.check()) {
            run.timings().stage("check built pages", () -> new BuiltSiteCheck(staged.staging(), staged.written(),
                    targets, linkCheck, run.diagnostics()).run(run.workers()));
        }
    }

    private void copyStatic(Site site, SiteOutput output) {
        Path statics = site.root().resolve("static");
        ContentFiles.allFiles(statics, site.root(), run.diagnostics()).parallelStream().forEach(file -> {
            String path = ContentLoader.relative(statics, file);
            try {
                output.copy(path, file);
            } catch (IllegalArgumentException e) {
                run.diagnostics().error("static/" + path, 0, e.getMessage());
            }
        });
    }

    /** The {@link Output} plugins see: the staged folder, plus pages rendered by the theme. */
    private final class SiteOutput implements Output, Reuse.PageOutput {
        private final StagedOutput staged;
        private final Theme theme;
        private final Site site;
        private final SortedMap<String, PageInfo> pages = new ConcurrentSkipListMap<>();
        private final Set<String> usedAssets = ConcurrentHashMap.newKeySet();
        /** Which pages this build renders and which it keeps: plugins' pages go the same way as the theme's. */
        private final Reuse.Pages pagesToRender;

        SiteOutput(StagedOutput staged, Theme theme, Site site, Reuse.Pages pagesToRender) {
            this.staged = staged;
            this.theme = theme;
            this.site = site;
            this.pagesToRender = pagesToRender;
        }

        @Override
        public void write(String path, byte[] bytes) {
            staged.write(path, bytes);
        }

        @Override
        public void write(String path, String text) {
            staged.write(path, text);
        }

        @Override
        public void copy(String path, Path source) {
            if (!site.isInside(source)) {
                throw new IllegalArgumentException("refusing to copy " + source + ": it is outside the site folder");
            }
            staged.copy(path, source);
        }

        @Override
        public void page(String path, String template, PageInfo page, Map<String, Object> model) {
            // Plugins' pages (the papers index) are kept, like the theme's, when what they read is the same.
            pagesToRender.render(new Routes.Route(path, template, page, model), this);
        }

        @Override
        public boolean canKeep(String path) {
            return staged.canKeep(path);
        }

        @Override
        public void keep(Routes.Route route, Set<String> assets) {
            staged.keep(route.path());
            pages.put(route.path(), route.info());
            usedAssets.addAll(assets);
        }

        /** The theme assets the pages of this build use, rendered or kept. */
        Set<String> usedAssets() {
            return Set.copyOf(usedAssets);
        }

        @Override
        public Set<String> render(Routes.Route route) {
            Map<String, Object> full = new LinkedHashMap<>(route.model());
            full.put("site", site);
            full.put("page", route.info());
            StringWriter html = new StringWriter(16 * 1024);
            long start = System.nanoTime();
            Set<String> assets;
            try {
                assets = Objects.requireNonNullElse(theme.render(route.template(), full, html), Set.of());
            } catch (QuireException e) {
                run.diagnostics().report(e.toDiagnostic());
                return null;
            } catch (UncheckedIOException e) {
                run.diagnostics().error(null, 0, "cannot render " + route.path() + ": " + e.getMessage(), e);
                return null;
            } finally {
                run.timings().template(route.template(), System.nanoTime() - start);
            }
            staged.write(route.path(), html.toString());
            pages.put(route.path(), route.info());
            usedAssets.addAll(assets);
            return assets;
        }

        @Override
        public boolean exists(String path) {
            return staged.written().contains(path);
        }

        @Override
        public SortedMap<String, PageInfo> pages() {
            return Collections.unmodifiableSortedMap(new TreeMap<>(pages));
        }
    }
}
