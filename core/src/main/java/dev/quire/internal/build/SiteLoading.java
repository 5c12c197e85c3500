package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import dev.quire.internal.content.ContentLoader;
import dev.quire.internal.markdown.Markdown;
import dev.quire.model.Content;
import dev.quire.model.Page;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.SiteSettings;
import dev.quire.plugin.Digest;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The load stage: finds the plugins, reads {@code quire.yml}, and loads and parses every post and
 * page in parallel, taking over from earlier builds what {@link Reuse} has of unchanged files.
 */
final class SiteLoading {

    private static final String TOO_DEEP = "this file is nested too deeply (links, emphasis, lists or HTML "
            + "inside each other) for the Markdown parser to ";

    /**
     * A loaded site, with the plugins that will build it, the Markdown its files were parsed with,
     * and its theme, loaded when first asked for.
     */
    record Loaded(Site site, PluginHost plugins, Markdown markdown, BuildTheme theme) {
    }

    private final BuildRun run;

    SiteLoading(BuildRun run) {
        this.run = run;
    }

    /** The loaded site, or null when loading reported errors. */
    Loaded load() {
        Path root = run.root();
        PluginHost plugins = PluginHost.load(run.loader(), run.diagnostics(), run.timings());
        SiteConfig config = run.timings().stage("read quire.yml",
                () -> SiteConfig.read(root, plugins.names(), run.diagnostics()));
        SiteSettings settings = withBaseUrl(config.settings());
        BuildTheme theme = new BuildTheme(run.reuse(), run.loader(), root, settings);
        plugins.init(config, run.options(), run.reuse(), run.background(), theme);
        Markdown markdown = new Markdown(settings.markdown(), plugins.markdownExtensions());
        ContentLoader contentLoader = ContentLoader.forSite(root, settings, markdown, run.diagnostics());
        run.reuse().begin(() -> environment(root, settings, plugins));
        int mark = run.diagnostics().size();
        boolean drafts = run.options().drafts();
        List<Post> posts = loadAll("load posts", ContentFiles.in(root.resolve(settings.blog().path()), root,
                run.diagnostics()), contentLoader, file -> contentLoader.loadPost(file, drafts));
        List<Page> pages = loadAll("load pages", ContentFiles.in(root.resolve(settings.pages().path()), root,
                run.diagnostics()), contentLoader, file -> contentLoader.loadPage(file, drafts));
        Set<String> sources = new HashSet<>();
        posts.forEach(p -> sources.add(p.source()));
        pages.forEach(p -> sources.add(p.source()));
        run.reuse().loaded(sources, run.diagnostics().since(mark));
        run.timings().work("parse", contentLoader.parseNanos());
        if (run.diagnostics().hasErrors()) {
            return null;
        }
        checkPermalinks(settings, posts, pages);
        return new Loaded(new Site(root, settings, posts, pages, contentLoader.authors()), plugins, markdown, theme);
    }

    /** What every file's loading depends on besides the file: a change reloads every file. */
    private String environment(Path root, SiteSettings settings, PluginHost plugins) {
        Path blog = root.resolve(settings.blog().path());
        return new Digest().add(run.options().withClean(false).toString()).add(plugins.names().toString())
                .addFile(root.resolve(SiteConfig.FILE)).addFile(blog.resolve("authors.yml"))
                .addFile(blog.resolve("tags.yml")).hex();
    }

    private SiteSettings withBaseUrl(SiteSettings settings) {
        String override = run.options().baseUrl();
        if (override == null || override.isBlank()) {
            return settings;
        }
        if (override.matches("^https?://.*")) {
            URI uri = URI.create(override);
            return settings.withLocation(uri.getScheme() + "://" + uri.getRawAuthority(), uri.getRawPath());
        }
        return settings.withLocation(settings.url(), override);
    }

    @SuppressWarnings("unchecked")
    private <T extends Content> List<T> loadAll(String stage, List<Path> files, ContentLoader contentLoader,
            Function<Path, Optional<T>> load) {
        Function<Path, Optional<Content>> asContent = file -> load.apply(file).map(Content.class::cast);
        return run.timings().stage(stage, files.size(), () -> run.workers().map(files, file -> {
            try {
                return (Optional<T>) run.reuse().load(file, asContent, contentLoader, run.diagnostics());
            } catch (QuireException e) {
                run.diagnostics().report(e.toDiagnostic());
            } catch (StackOverflowError e) {
                run.diagnostics().error(contentLoader.source(file), 0, TOO_DEEP + "read", e);
            } catch (RuntimeException e) {
                run.diagnostics().error(contentLoader.source(file), 0, "cannot read this file: " + e, e);
            } finally {
                run.timings().step();
            }
            return Optional.<T>empty();
        }).stream().flatMap(Optional::stream).toList());
    }

    /** Two posts or pages written to the same file are refused, as are URLs with {@code .} or {@code ..}. */
    private void checkPermalinks(SiteSettings settings, List<Post> posts, List<Page> pages) {
        Map<String, Content> seen = new HashMap<>();
        List<Content> all = new ArrayList<>(posts);
        all.addAll(pages);
        all.sort(Comparator.comparing(Content::source));
        for (Content content : all) {
            String key = settings.outputFile(content.permalink());
            if (("/" + key).contains("/../") || ("/" + key).contains("/./") || key.contains("\\")) {
                run.diagnostics().error(content.source(), 1, "the URL " + content.permalink()
                        + " has '.' or '..' segments; choose a slug without them");
                continue;
            }
            Content other = seen.putIfAbsent(key, content);
            if (other != null) {
                run.diagnostics().error(content.source(), 1, "has the same URL " + content.permalink() + " as "
                        + other.source() + "; give one of them another slug or file name");
            }
        }
    }

    /** The message for a file too deeply nested to {@code verb} ("read", "render"). */
    static String tooDeep(String verb) {
        return TOO_DEEP + verb;
    }
}
