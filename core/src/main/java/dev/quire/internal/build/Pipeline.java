package dev.quire.internal.build;

import dev.quire.BuildOptions;
import dev.quire.BuildProgress;
import dev.quire.BuildResult;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.diagnostics.Severity;
import dev.quire.internal.content.ContentLoader;
import dev.quire.internal.markdown.Markdown;
import dev.quire.internal.trace.Reads;
import dev.quire.model.Content;
import dev.quire.model.Page;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.SiteSettings;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginSession;
import dev.quire.plugin.WholeFiles;
import dev.quire.theme.Theme;
import dev.quire.theme.ThemeContext;
import dev.quire.theme.ThemeEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One build, stage by stage: load → enrich → transform → render → theme → write. Work per file
 * runs in parallel; whole-site steps run once. Each stage reports every problem it finds, and the
 * build stops before the next stage when there are errors, so nothing half-made is published.
 */
public final class Pipeline {

    private static final String TOO_DEEP = "this file is nested too deeply (links, emphasis, lists or HTML "
            + "inside each other) for the Markdown parser to ";

    private final BuildOptions options;
    private final ClassLoader loader;
    private final Diagnostics diagnostics;
    private final Timings timings;
    /** What earlier builds left: kept in memory by a session, read from disk by {@code quire build}; null when checking. */
    private BuildCache cache;
    private PageTraces.Round pageRound;
    private final Consumer<Runnable> moving;
    private final Workers workers;
    private final boolean check;

    /**
     * @param loader where plugins and theme engines are looked up (the Maven plugin passes its realm)
     */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics) {
        this(options, loader, diagnostics, BuildProgress.NONE, null, Runnable::run);
    }

    /** @param progress hears each stage begin and each file or page done */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics, BuildProgress progress) {
        this(options, loader, diagnostics, progress, null, Runnable::run, false);
    }

    /**
     * @param check when true, the build is only checked, never put in place: broken links of
     *              authors are errors, and every link of every built page is checked too
     */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics, BuildProgress progress,
            boolean check) {
        this(options, loader, diagnostics, progress, null, Runnable::run, check);
    }

    /**
     * A build that reuses what {@code cache} kept from the previous build of the same site and
     * leaves in it what the next build can reuse.
     *
     * @param progress hears each stage begin and each file or page done
     * @param cache    what earlier builds of the site left, or null for a build from scratch
     * @param moving   runs the step of the commit that moves files into the output (see
     *                 {@link StagedOutput#commit(Consumer)})
     */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics, BuildProgress progress,
            BuildCache cache, Consumer<Runnable> moving) {
        this(options, loader, diagnostics, progress, cache, moving, false);
    }

    private Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics, BuildProgress progress,
            BuildCache cache, Consumer<Runnable> moving, boolean check) {
        this.options = options;
        this.loader = loader;
        this.diagnostics = diagnostics;
        this.timings = new Timings(progress);
        this.cache = cache;
        this.moving = moving;
        this.workers = new Workers(loader);
        this.check = check;
    }

    /** Loads, renders and writes the site; when checking, the written site is thrown away. */
    public BuildResult build() {
        long start = System.nanoTime();
        Loaded loaded = null;
        StagedOutput output = null;
        boolean success = false;
        LastBuild last = null;
        try {
            if (!check) {
                StagedOutput.recover(options.output());
                sweepHalfWrittenFiles();
                if (cache == null) {
                    Path root = siteRoot();
                    LastBuild before = timings.stage("look for changes", () -> LastBuild.before(root, options, loader));
                    Optional<LastBuild.Fingerprint> same = options.clean() ? Optional.empty() : before.unchanged();
                    if (same.isPresent()) {
                        return upToDate(same.get(), start);
                    }
                    last = before;
                    cache = options.clean() ? new BuildCache() : timings.stage("read the last build", () ->
                            SavedBuild.read(root, before.buildKey(), before.outputBefore(), loader, workers));
                }
            }
            loaded = load();
            if (loaded != null && proceed()) {
                output = render(loaded);
                if (output != null && proceed()) {
                    Path target = output.target();
                    StagedOutput done = output;
                    if (!check) {
                        timings.stage("replace the output", () -> done.commit(moving));
                        success = true;
                        output = null;
                        if (cache != null) {
                            cache.finish(target, done.manifest());
                            pageRound.finish();
                        }
                    }
                    if (last != null) {
                        remember(last, loaded, done);
                    }
                    return result(true, target, loaded, done, start);
                }
            }
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(null, 0, "internal error: " + e, e);
        } finally {
            workers.close();
            if (output != null) {
                output.abandon();
            }
            if (cache != null && !success) {
                cache.fail();
            }
        }
        return result(false, options.output(), loaded, null, start);
    }

    /** Leaves what the next {@code quire build} needs to tell whether it can skip work, and which. */
    private void remember(LastBuild last, Loaded loaded, StagedOutput done) {
        String output = last.outputAfter();
        boolean warned = diagnostics.all().stream().anyMatch(d -> d.severity() != Severity.INFO);
        last.remember(!warned, output, loaded.site.posts().size(), loaded.site.pages().size(),
                filesWritten(done), done.bytesWritten());
        timings.stage("save for the next build", () -> {
            try {
                SavedBuild.write(loaded.site.root(), last.buildKey(), output, cache, workers);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // The site is built and in place; only the next build's head start is lost.
                diagnostics.info(null, 0, "cannot keep this build's work for the next one: " + e);
            }
        });
    }

    /** Loads the site without rendering it: for listing posts. Empty when loading failed. */
    public Optional<Site> loadOnly() {
        try {
            Loaded loaded = load();
            return loaded == null || diagnostics.hasErrors() ? Optional.empty() : Optional.of(loaded.site);
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
            return Optional.empty();
        } finally {
            workers.close();
        }
    }

    /** Loads the site and finds one plugin and its context, for commands that do that plugin's work. */
    public Optional<PluginSession> loadFor(String plugin) {
        try {
            Loaded loaded = load();
            if (loaded == null || diagnostics.hasErrors()) {
                return Optional.empty();
            }
            Optional<PluginSession> session = loaded.plugins.session(plugin, loaded.site);
            if (session.isEmpty()) {
                diagnostics.error(null, 0, "no plugin named '" + plugin + "' is on the class path");
            }
            return session;
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
            return Optional.empty();
        }
    }

    /** Removes what writes of caches and data files left when an earlier build was killed. */
    private void sweepHalfWrittenFiles() {
        Path root = siteRoot();
        try {
            WholeFiles.sweep(root, 1);
            WholeFiles.sweep(root.resolve(".quire").resolve("cache"), 4);
        } catch (IOException e) {
            diagnostics.warning(null, 0, "cannot remove temporary files an interrupted build left: " + e.getMessage());
        }
    }

    private record Loaded(Site site, PluginHost plugins, Markdown markdown) {
    }

    private Loaded load() {
        Path root = siteRoot();
        PluginHost plugins = PluginHost.load(loader, diagnostics, timings);
        SiteConfig config = timings.stage("read quire.yml", () -> SiteConfig.read(root, plugins.names(), diagnostics));
        SiteSettings settings = withBaseUrl(config.settings());
        SiteConfig effective = config;
        plugins.init(effective, options, cache);
        Markdown markdown = new Markdown(settings.markdown(), plugins.markdownExtensions());
        ContentLoader contentLoader = ContentLoader.forSite(root, settings, markdown, diagnostics);
        Path blog = root.resolve(settings.blog().path());
        Path pagesDir = root.resolve(settings.pages().path());
        if (cache != null) {
            cache.begin(environment(root, settings, plugins));
        }
        List<String> fresh = java.util.Collections.synchronizedList(new ArrayList<>());
        int mark = diagnostics.size();
        List<Post> posts = loadAll("load posts", ContentFiles.in(blog, root, diagnostics),
                cached(f -> contentLoader.loadPost(f, options.drafts()), root, contentLoader, fresh));
        List<Page> pages = loadAll("load pages", ContentFiles.in(pagesDir, root, diagnostics),
                cached(f -> contentLoader.loadPage(f, options.drafts()), root, contentLoader, fresh));
        if (cache != null) {
            cache.loadReported(fresh, diagnostics.since(mark));
            java.util.Set<String> sources = new java.util.HashSet<>();
            posts.forEach(p -> sources.add(p.source()));
            pages.forEach(p -> sources.add(p.source()));
            cache.retain(sources);
        }
        timings.work("parse", contentLoader.parseNanos());
        if (diagnostics.hasErrors()) {
            return null;
        }
        checkPermalinks(settings, posts, pages);
        Site site = new Site(root, settings, posts, pages, contentLoader.authors());
        return new Loaded(site, plugins, markdown);
    }

    /** Loads through the cache when this build has one: unchanged files are not read again. */
    @SuppressWarnings("unchecked")
    private <T extends Content> Function<Path, Optional<T>> cached(Function<Path, Optional<T>> load,
            Path root, ContentLoader contentLoader, List<String> fresh) {
        if (cache == null) {
            return load;
        }
        return file -> (Optional<T>) cache.load(file, ContentLoader.relative(root, file), diagnostics,
                f -> load.apply(f).map(Content.class::cast), contentLoader::reparse, contentLoader::otherFilesRead, fresh);
    }

    /** What every file's loading depends on besides the file: a change reloads every file. */
    private String environment(Path root, SiteSettings settings, PluginHost plugins) {
        Path blog = root.resolve(settings.blog().path());
        return new Digest().add(options.withClean(false).toString()).add(plugins.names().toString()).addFile(root.resolve(SiteConfig.FILE))
                .addFile(blog.resolve("authors.yml")).addFile(blog.resolve("tags.yml")).hex();
    }

    private Path siteRoot() {
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

    private SiteSettings withBaseUrl(SiteSettings settings) {
        String override = options.baseUrl();
        if (override == null || override.isBlank()) {
            return settings;
        }
        if (override.matches("^https?://.*")) {
            java.net.URI uri = java.net.URI.create(override);
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            return settings.withLocation(origin, uri.getRawPath());
        }
        return settings.withLocation(settings.url(), override);
    }

    private <T> List<T> loadAll(String stage, List<Path> files, Function<Path, Optional<T>> load) {
        return timings.stage(stage, files.size(), () -> workers.map(files, file -> {
            try {
                return load.apply(file);
            } catch (QuireException e) {
                diagnostics.report(e.toDiagnostic());
            } catch (StackOverflowError e) {
                diagnostics.error(ContentLoader.relative(options.site(), file), 0, TOO_DEEP + "read", e);
            } catch (RuntimeException e) {
                String source = ContentLoader.relative(options.site(), file);
                diagnostics.error(source, 0, "cannot read this file: " + e, e);
            } finally {
                timings.step();
            }
            return Optional.<T>empty();
        }).stream().flatMap(Optional::stream).toList());
    }

    /** Two posts or pages written to the same file are refused, as are URLs with {@code .} or {@code ..}. */
    private void checkPermalinks(SiteSettings settings, List<Post> posts, List<Page> pages) {
        Map<String, Content> seen = new HashMap<>();
        List<Content> all = new ArrayList<>(posts);
        all.addAll(pages);
        all.sort(java.util.Comparator.comparing(Content::source));
        for (Content content : all) {
            String key = settings.outputFile(content.permalink());
            if (("/" + key).contains("/../") || ("/" + key).contains("/./") || key.contains("\\")) {
                diagnostics.error(content.source(), 1, "the URL " + content.permalink()
                        + " has '.' or '..' segments; choose a slug without them");
                continue;
            }
            Content other = seen.putIfAbsent(key, content);
            if (other != null) {
                diagnostics.error(content.source(), 1, "has the same URL " + content.permalink() + " as "
                        + other.source() + "; give one of them another slug or file name");
            }
        }
    }

    private StagedOutput render(Loaded loaded) {
        Site site = loaded.site;
        PluginHost plugins = loaded.plugins;
        timings.stage("plugins: site loaded", () -> plugins.siteLoaded(site));
        if (!proceed()) {
            return null;
        }
        Map<Path, Content> byFile = new HashMap<>();
        site.contents().forEach(c -> byFile.put(c.file(), c));
        Map<Content, List<ContentLinks.Ref>> links = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Content, BuildCache.Rendered> fresh = new java.util.concurrent.ConcurrentHashMap<>();
        int mark = diagnostics.size();
        timings.stage("transform and render", site.contents().size(), () -> workers.forEach(site.contents(),
                content -> {
                    transformAndRender(loaded, plugins, content, byFile, links, fresh);
                    timings.step();
                }));
        if (cache != null) {
            List<Diagnostic> reported = diagnostics.since(mark);
            fresh.forEach((content, rendered) -> cache.rendered(content, rendered.withDiagnostics(
                    reported.stream().filter(d -> content.source().equals(d.file())).toList())));
        }
        timings.stage("plugins: site rendered", () -> plugins.siteRendered(site));
        if (!proceed()) {
            return null;
        }
        Theme theme = timings.stage("load the theme", () -> loadTheme(site));
        StagedOutput staged = cache == null ? StagedOutput.open(options.output(), site.root())
                : StagedOutput.reopen(options.output(), site.root(), cache.output(options.output()));
        try {
            SiteOutput output = new SiteOutput(staged, theme, site);
            List<Routes.Route> routes = new Routes(site, theme::hasTemplate).all();
            pageRound = cache == null ? null : timings.stage("pages: what changed", () -> cache.pages().next(site));
            timings.stage("render pages", routes.size(), () -> routes.parallelStream().forEach(route -> {
                renderPage(output, route);
                timings.step();
            }));
            timings.stage("copy static files", () -> copyStatic(site, output));
            timings.stage("plugins: write", () -> plugins.write(site, output));
            // Last: pages that plugins render may use theme assets too.
            timings.stage("write theme assets", () -> theme.assets(output.usedAssets()).forEach(output::write));
            LinkTargets targets = new LinkTargets(site, staged.written());
            LinkCheck linkCheck = new LinkCheck(site, targets, diagnostics, check ? Severity.ERROR : Severity.WARNING);
            timings.stage("check links", site.contents().size(), () -> site.contents().parallelStream()
                    .forEach(content -> {
                        linkCheck.check(content, links.getOrDefault(content, List.of()));
                        timings.step();
                    }));
            if (check) {
                timings.stage("check built pages", () ->
                        new BuiltSiteCheck(staged.staging(), staged.written(), targets, linkCheck, diagnostics).run(workers));
            }
            return staged;
        } catch (RuntimeException e) {
            staged.abandon();
            throw e;
        }
    }

    /**
     * Renders one page; in an incremental build, keeps the previous file instead when the page
     * would read the same as it did then, and records what it reads when it renders.
     */
    private void renderPage(SiteOutput output, Routes.Route route) {
        if (pageRound == null) {
            output.render(route.path(), route.template(), route.info(), route.model());
            return;
        }
        Object signature = Shapes.of(List.of(route.template(), route.info(), route.model()));
        java.util.Set<String> keptAssets = output.staged.canKeep(route.path())
                ? pageRound.upToDate(route.path(), signature) : null;
        if (keptAssets != null) {
            output.keep(route.path(), route.info(), keptAssets);
            return;
        }
        java.util.Set<Reads.Read> reads = new java.util.HashSet<>();
        java.util.Set<String> assets = Reads.during(reads, () ->
                output.render(route.path(), route.template(), route.info(), route.model()));
        if (assets != null) {
            pageRound.rendered(route.path(), signature, reads, assets);
        }
    }

    /** One post or page: reused from the cache when nothing it depends on changed, else transformed and rendered. */
    private void transformAndRender(Loaded loaded, PluginHost plugins, Content content, Map<Path, Content> byFile,
            Map<Content, List<ContentLinks.Ref>> links, Map<Content, BuildCache.Rendered> fresh) {
        Object inputs = cache == null ? null : Shapes.of(plugins.transformInputs(content));
        Optional<BuildCache.Rendered> reused = cache == null ? Optional.empty() : cache.rendered(content, inputs, byFile);
        if (reused.isPresent()) {
            BuildCache.restore(content, reused.get(), diagnostics);
            links.put(content, reused.get().links());
            return;
        }
        BuildCache.Before before = BuildCache.Before.of(content);
        Map<String, String> fileLinks = ContentLinks.rewriteFileLinks(content, byFile);
        BaseUrlLinks.prefix(content, loaded.site.settings().baseUrl());
        plugins.transform(content);
        links.put(content, ContentLinks.collect(content));
        renderContent(loaded.markdown, content);
        if (cache != null) {
            fresh.put(content, before.after(content, inputs, fileLinks, links.get(content), List.of()));
        }
    }

    private void renderContent(Markdown markdown, Content content) {
        if (content.document() == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            Markdown.Rendered rendered = markdown.render(content.document(), content instanceof Post);
            content.rendered(rendered.html(), rendered.toc());
            if (content instanceof Post post) {
                post.excerptRendered(rendered.excerpt());
            }
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
        } catch (StackOverflowError e) {
            diagnostics.error(content.source(), 0, TOO_DEEP + "render", e);
        } catch (RuntimeException e) {
            diagnostics.error(content.source(), 0, "cannot render this file: " + e, e);
        } finally {
            timings.work("render Markdown", System.nanoTime() - start);
        }
    }

    private Theme loadTheme(Site site) {
        if (cache == null) {
            return newTheme(site);
        }
        Path root = site.root();
        Theme reused = cache.theme(new Digest().addTree(root.resolve("templates")).addTree(root.resolve("themes")).hex());
        if (reused != null) {
            return reused;
        }
        Theme theme = newTheme(site);
        cache.theme(theme);
        return theme;
    }

    private Theme newTheme(Site site) {
        ThemeEngine engine = ServiceLoader.load(ThemeEngine.class, loader).findFirst().orElseThrow(() ->
                new QuireException(null, 0, "no theme engine found; put quire-theme-pebble on the class path"));
        return engine.load(new ThemeContext(site.root(), site.settings(), loader));
    }

    private void copyStatic(Site site, SiteOutput output) {
        Path statics = site.root().resolve("static");
        ContentFiles.allFiles(statics, site.root(), diagnostics).parallelStream().forEach(file -> {
            String path = ContentLoader.relative(statics, file);
            try {
                output.copy(path, file);
            } catch (IllegalArgumentException e) {
                diagnostics.error("static/" + path, 0, e.getMessage());
            }
        });
    }

    private boolean proceed() {
        if (diagnostics.hasErrors()) {
            return false;
        }
        if (options.strict() && diagnostics.count(Severity.WARNING) > 0) {
            diagnostics.error(null, 0, "strict mode: the warnings above count as errors");
            return false;
        }
        return true;
    }

    private BuildResult upToDate(LastBuild.Fingerprint last, long start) {
        return new BuildResult(true, options.output(), last.posts(), last.pages(), last.files(), last.bytes(),
                Duration.ofNanos(System.nanoTime() - start), timings.stages(), Map.of(), Map.of(), Map.of(), List.of(),
                diagnostics.all(), diagnostics.causes(), true);
    }

    private BuildResult result(boolean success, Path target, Loaded loaded, StagedOutput output, long start) {
        List<Diagnostic> all = diagnostics.all();
        int posts = loaded == null ? 0 : loaded.site.posts().size();
        int pages = loaded == null ? 0 : loaded.site.pages().size();
        int files = output == null ? 0 : filesWritten(output);
        long bytes = output == null ? 0 : output.bytesWritten();
        Map<String, Long> counts = loaded == null ? Map.of() : loaded.plugins.counts();
        return new BuildResult(success, target, posts, pages, files, bytes, Duration.ofNanos(System.nanoTime() - start),
                timings.stages(), timings.plugins(), counts, timings.work(), timings.templates(), all, diagnostics.causes(),
                false);
    }

    /** The files a build left in its output: what it wrote or kept, and the marker. */
    private static int filesWritten(StagedOutput output) {
        return output.written().size() + 1;
    }

    /** The {@link Output} plugins see: the staged folder, plus pages rendered by the theme. */
    private final class SiteOutput implements Output {
        private final StagedOutput staged;
        private final Theme theme;
        private final Site site;
        private final SortedMap<String, PageInfo> pages = new ConcurrentSkipListMap<>();
        private final java.util.Set<String> usedAssets = java.util.concurrent.ConcurrentHashMap.newKeySet();

        SiteOutput(StagedOutput staged, Theme theme, Site site) {
            this.staged = staged;
            this.theme = theme;
            this.site = site;
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
            renderPage(this, new Routes.Route(path, template, page, model));
        }

        /**
         * Keeps the previous build's page at {@code path}, as {@link #page} would have written it.
         *
         * @param assets the theme assets it uses
         */
        void keep(String path, PageInfo page, java.util.Set<String> assets) {
            staged.keep(path);
            pages.put(path, page);
            usedAssets.addAll(assets);
        }

        /** The theme assets the pages of this build use, rendered or kept. */
        java.util.Set<String> usedAssets() {
            return java.util.Set.copyOf(usedAssets);
        }

        /**
         * Renders and writes a page.
         *
         * @return the theme assets the page uses; null when rendering failed (and was reported)
         */
        java.util.Set<String> render(String path, String template, PageInfo page, Map<String, Object> model) {
            Map<String, Object> full = new LinkedHashMap<>(model);
            full.put("site", site);
            full.put("page", page);
            StringWriter html = new StringWriter(16 * 1024);
            long start = System.nanoTime();
            java.util.Set<String> assets;
            try {
                assets = java.util.Objects.requireNonNullElse(theme.render(template, full, html), java.util.Set.of());
            } catch (QuireException e) {
                diagnostics.report(e.toDiagnostic());
                return null;
            } catch (UncheckedIOException e) {
                diagnostics.error(null, 0, "cannot render " + path + ": " + e.getMessage(), e);
                return null;
            } finally {
                timings.template(template, System.nanoTime() - start);
            }
            staged.write(path, html.toString());
            pages.put(path, page);
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
