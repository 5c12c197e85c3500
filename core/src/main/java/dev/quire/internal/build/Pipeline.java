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
import dev.quire.model.Content;
import dev.quire.model.Page;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.SiteSettings;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginSession;
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
import java.util.function.Function;

/**
 * One build, stage by stage: load → enrich → transform → render → theme → write. Work per file
 * runs in parallel; whole-site steps run once. Each stage reports every problem it finds, and the
 * build stops before the next stage when there are errors, so nothing half-made is published.
 */
public final class Pipeline {

    private final BuildOptions options;
    private final ClassLoader loader;
    private final Diagnostics diagnostics;
    private final Timings timings;

    /**
     * @param loader where plugins and theme engines are looked up (the Maven plugin passes its realm)
     */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics) {
        this(options, loader, diagnostics, BuildProgress.NONE);
    }

    /** @param progress hears each stage begin and each file or page done */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics, BuildProgress progress) {
        this.options = options;
        this.loader = loader;
        this.diagnostics = diagnostics;
        this.timings = new Timings(progress);
    }

    /** Loads, renders and writes the site. */
    public BuildResult build() {
        long start = System.nanoTime();
        Loaded loaded = null;
        StagedOutput output = null;
        boolean success = false;
        try {
            loaded = load();
            if (loaded != null && proceed()) {
                output = render(loaded);
                if (output != null && proceed()) {
                    Path target = output.target();
                    StagedOutput committing = output;
                    timings.stage("replace the output", committing::commit);
                    success = true;
                    output = null;
                    return result(true, target, loaded, committing, start);
                }
            }
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
        } catch (RuntimeException e) {
            diagnostics.error(null, 0, "internal error: " + e, e);
        } finally {
            if (output != null && !success) {
                output.abandon();
            }
        }
        return result(false, options.output(), loaded, null, start);
    }

    /** Loads the site without rendering it: for listing posts. Empty when loading failed. */
    public Optional<Site> loadOnly() {
        try {
            Loaded loaded = load();
            return loaded == null || diagnostics.hasErrors() ? Optional.empty() : Optional.of(loaded.site);
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
            return Optional.empty();
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

    private record Loaded(Site site, PluginHost plugins, Markdown markdown) {
    }

    private Loaded load() {
        Path root = siteRoot();
        PluginHost plugins = PluginHost.load(loader, diagnostics, timings);
        SiteConfig config = timings.stage("read quire.yml", () -> SiteConfig.read(root, plugins.names(), diagnostics));
        SiteSettings settings = withBaseUrl(config.settings());
        SiteConfig effective = config;
        plugins.init(effective, options);
        Markdown markdown = new Markdown(plugins.markdownExtensions());
        ContentLoader contentLoader = ContentLoader.forSite(root, settings, markdown, diagnostics);
        Path blog = root.resolve(settings.blog().path());
        Path pagesDir = root.resolve(settings.pages().path());
        List<Post> posts = loadAll("load posts", ContentFiles.in(blog, root, diagnostics),
                f -> contentLoader.loadPost(f, options.drafts()));
        List<Page> pages = loadAll("load pages", ContentFiles.in(pagesDir, root, diagnostics),
                f -> contentLoader.loadPage(f, options.drafts()));
        timings.work("parse", contentLoader.parseNanos());
        if (diagnostics.hasErrors()) {
            return null;
        }
        checkPermalinks(posts, pages);
        Site site = new Site(root, settings, posts, pages, contentLoader.authors());
        return new Loaded(site, plugins, markdown);
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
        return timings.stage(stage, files.size(), () -> files.parallelStream().map(file -> {
            try {
                return load.apply(file);
            } catch (QuireException e) {
                diagnostics.report(e.toDiagnostic());
            } catch (RuntimeException | StackOverflowError e) {
                String source = ContentLoader.relative(options.site(), file);
                diagnostics.error(source, 0, "cannot read this file: " + e, e);
            } finally {
                timings.step();
            }
            return Optional.<T>empty();
        }).flatMap(Optional::stream).toList());
    }

    private void checkPermalinks(List<Post> posts, List<Page> pages) {
        Map<String, Content> seen = new HashMap<>();
        List<Content> all = new ArrayList<>(posts);
        all.addAll(pages);
        all.sort(java.util.Comparator.comparing(Content::source));
        for (Content content : all) {
            String key = Routes.dir(content.permalink());
            if (key.contains("/../") || key.contains("/./") || key.contains("\\")) {
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
        timings.stage("transform and render", site.contents().size(), () -> site.contents().parallelStream()
                .forEach(content -> {
                    ContentLinks.rewriteFileLinks(content, byFile, diagnostics);
                    plugins.transform(content);
                    links.put(content, ContentLinks.collect(content));
                    renderContent(loaded.markdown, content);
                    timings.step();
                }));
        timings.stage("plugins: site rendered", () -> plugins.siteRendered(site));
        if (!proceed()) {
            return null;
        }
        Theme theme = timings.stage("load the theme", () -> loadTheme(site));
        StagedOutput staged = StagedOutput.open(options.output(), site.root());
        try {
            SiteOutput output = new SiteOutput(staged, theme, site);
            List<Routes.Route> routes = new Routes(site, theme::hasTemplate).all();
            timings.stage("render pages", routes.size(), () -> routes.parallelStream().forEach(route -> {
                output.page(route.path(), route.template(), route.info(), route.model());
                timings.step();
            }));
            timings.stage("copy static files", () -> copyStatic(site, output));
            timings.stage("plugins: write", () -> plugins.write(site, output));
            // Last: pages that plugins render may use theme assets too.
            timings.stage("write theme assets", () -> theme.assets().forEach(output::write));
            LinkCheck check = new LinkCheck(site, staged.written(), diagnostics);
            timings.stage("check links", site.contents().size(), () -> site.contents().parallelStream()
                    .forEach(content -> {
                        check.check(content, links.getOrDefault(content, List.of()));
                        timings.step();
                    }));
            return staged;
        } catch (RuntimeException e) {
            staged.abandon();
            throw e;
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
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(content.source(), 0, "cannot render this file: " + e, e);
        } finally {
            timings.work("render Markdown", System.nanoTime() - start);
        }
    }

    private Theme loadTheme(Site site) {
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

    private BuildResult result(boolean success, Path target, Loaded loaded, StagedOutput output, long start) {
        List<Diagnostic> all = diagnostics.all();
        int posts = loaded == null ? 0 : loaded.site.posts().size();
        int pages = loaded == null ? 0 : loaded.site.pages().size();
        int files = output == null ? 0 : output.written().size() + 1;
        long bytes = output == null ? 0 : output.bytesWritten();
        Map<String, Long> counts = loaded == null ? Map.of() : loaded.plugins.counts();
        return new BuildResult(success, target, posts, pages, files, bytes, Duration.ofNanos(System.nanoTime() - start),
                timings.stages(), timings.plugins(), counts, timings.work(), timings.templates(), all, diagnostics.causes());
    }

    /** The {@link Output} plugins see: the staged folder, plus pages rendered by the theme. */
    private final class SiteOutput implements Output {
        private final StagedOutput staged;
        private final Theme theme;
        private final Site site;
        private final SortedMap<String, PageInfo> pages = new ConcurrentSkipListMap<>();

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
            Map<String, Object> full = new LinkedHashMap<>(model);
            full.put("site", site);
            full.put("page", page);
            StringWriter html = new StringWriter(16 * 1024);
            long start = System.nanoTime();
            try {
                theme.render(template, full, html);
            } catch (QuireException e) {
                diagnostics.report(e.toDiagnostic());
                return;
            } catch (UncheckedIOException e) {
                diagnostics.error(null, 0, "cannot render " + path + ": " + e.getMessage(), e);
                return;
            } finally {
                timings.template(template, System.nanoTime() - start);
            }
            staged.write(path, html.toString());
            pages.put(path, page);
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
