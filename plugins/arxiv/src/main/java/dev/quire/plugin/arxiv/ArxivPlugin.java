package dev.quire.plugin.arxiv;

import dev.quire.diagnostics.QuireException;
import dev.quire.model.Author;
import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import dev.quire.plugin.arxiv.http.Sleeper;
import dev.quire.plugin.arxiv.metadata.MetadataSource;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import dev.quire.plugin.arxiv.render.BibTex;
import dev.quire.plugin.arxiv.render.LinkDecorator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The {@code arxiv} plugin: finds the papers posts link to, keeps their metadata in
 * {@code papers.json} (fetching only what is missing, nothing when offline), and enriches the site:
 * tooltips and a row of links at each paper link, {@code post.data.papers} for the theme's cards,
 * {@code site.data.papers}, the {@code /papers/} index and a page per paper, BibTeX files, and
 * JSON-LD citations.
 */
public final class ArxivPlugin implements QuirePlugin {

    public static final String NAME = "arxiv";

    private ArxivSettings settings;
    private SitePapers papers;
    /** The BibTeX file of each post or page that names papers. */
    private final Map<Content, String> references = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    /** The settings {@link #init} read; null when they were invalid (and reported). */
    public ArxivSettings settings() {
        return settings;
    }

    @Override
    public Optional<Class<?>> settingsType() {
        return Optional.of(ArxivSettings.class);
    }

    @Override
    public void init(PluginContext context) {
        ArxivSettings read = context.settings(ArxivSettings.class);
        List<String> problems = read.problems();
        problems.forEach(problem -> context.error("quire.yml", 0, problem));
        settings = problems.isEmpty() ? read : null;
    }

    /**
     * Opens the site's paper library with the real network, identifying as this site: for the build
     * and for the {@code quire papers} commands alike.
     *
     * @throws QuireException when the cache is outside the site or cannot be read
     */
    public static PaperLibrary library(Site site, ArxivSettings settings) {
        return library(site, settings, PaperCache::read);
    }

    private static PaperLibrary library(Site site, ArxivSettings settings,
            BiFunction<Path, String, PaperCache.Contents> reader) {
        Clock clock = Clock.systemUTC();
        return PaperLibrary.open(site, settings,
                MetadataSource.create(settings, UserAgent.of(site), clock, Sleeper.SYSTEM), clock, reader);
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        if (settings == null) {
            return;
        }
        SiteCitations citations = SiteCitations.of(site.contents(),
                content -> context.memo("paper links", content.revision(), () -> SiteCitations.found(content)));
        PaperLibrary library;
        try {
            // Read once per version of the file in a session: at 10,000 posts it is megabytes of JSON.
            library = library(site, settings,
                    (file, name) -> context.memoFile("cache file", file, f -> PaperCache.read(f, name)));
        } catch (QuireException e) {
            context.error(e.file(), e.line(), e.getMessage());
            return;
        }
        if (context.options().offline()) {
            for (String id : library.missing(citations.ids())) {
                SiteCitations.Location at = citations.firstAt(id);
                context.warning(at.source(), at.line(), "arXiv:" + id + " is not in " + settings.cache()
                        + " and this build is offline; its links stay plain links (run 'quire papers fetch' to add it)");
            }
        } else {
            fetch(site, citations, library, context);
        }
        papers = SitePapers.of(site, citations, library.cache(), settings.index(), context);
        context.count("papers enriched", papers.byId().size());
        // Each post gets its own JSON-LD and BibTeX: made on every core, once per version of the
        // papers it names in a session.
        site.contents().parallelStream().forEach(content -> {
            List<Paper> named = papers.in(content);
            if (!named.isEmpty()) {
                content.data().put("papers", named);
                content.data().put("references", Urls.encodeForHtml(PaperFiles.referencesPath(content)));
                String type = content instanceof Post ? "BlogPosting" : "WebPage";
                String url = pageUrl(site, content);
                PostPapers.Source source = new PostPapers.Source(type, url, named.stream().map(papers::version).toList());
                PostPapers made = context.memo("post", source, () -> PostPapers.of(type, url, named, papers.keys()));
                content.head().add(made.jsonLd());
                references.put(content, made.references());
                if (content instanceof Post post) {
                    content.data().put("cite", BibTex.online(post.title(),
                            post.authors().stream().map(Author::name).toList(),
                            post.date().toLocalDate(), url, site.settings().title()));
                }
            }
        });
        site.data().put("papers", papers.index());
    }

    /**
     * Fills in what papers.json lacks. In {@code quire serve} this happens in the background, so the
     * site shows at once with plain links for the papers not fetched yet; each batch of papers
     * fetched is saved, and the save starts the rebuild that shows them. Any other build waits for
     * the metadata, so what it publishes is complete.
     */
    private void fetch(Site site, SiteCitations citations, PaperLibrary library, PluginContext context) {
        List<String> needed = library.needing(citations.ids());
        if (needed.isEmpty()) {
            return;
        }
        ArxivSettings fetching = settings;
        boolean later = context.inBackground("fetch", needed, own -> {
            // papers.json as it is now: an earlier task may have fetched some of these meanwhile.
            PaperLibrary fresh = library(site, fetching);
            List<String> still = fresh.needing(needed);
            if (still.isEmpty()) {
                return;
            }
            own.info(fetching.cache(), 0, "fetching " + still.size() + (still.size() == 1 ? " paper" : " papers")
                    + " in the background; pages show them as they arrive");
            for (List<String> part : parts(still, BACKGROUND_PART)) {
                PaperLibrary.Update update = fresh.fetchMissing(part);
                update.report(citations, fetching.cache(), own);
                if (update.fetched().isEmpty() && !update.complete() || Thread.currentThread().isInterrupted()) {
                    // Nothing came: the network or the API is down, and the other parts would wait the same way.
                    return;
                }
            }
        });
        if (!later) {
            library.fetchMissing(citations.ids()).report(citations, settings.cache(), context);
        }
    }

    /** Papers fetched in the background between saves: a few of arXiv's batches, so pages fill in steadily. */
    private static final int BACKGROUND_PART = 400;

    private static List<List<String>> parts(List<String> ids, int size) {
        List<List<String>> parts = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += size) {
            parts.add(ids.subList(start, Math.min(ids.size(), start + size)));
        }
        return parts;
    }

    private static String pageUrl(Site site, Content content) {
        return site.settings().url() == null ? content.url() : site.absoluteUrl(content.url());
    }

    @Override
    public void transform(Content content, PluginContext context) {
        if (papers != null && content.document() != null && !papers.in(content).isEmpty()) {
            LinkDecorator.decorate(content.document(), papers.byId());
        }
    }

    /** The decoration of a file's paper links reads the metadata of those papers only. */
    @Override
    public Object transformInputs(Content content, PluginContext context) {
        return papers == null ? List.of() : papers.in(content);
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        if (papers != null) {
            PaperFiles.write(site, papers, references, settings, output, context);
        }
    }
}
