package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import dev.quire.plugin.arxiv.render.CitationKeys;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The papers of one build: each known paper once, which posts name which, the index, and the
 * papers' citation keys. Each paper has a {@link #version}, which names what is made from it alone.
 */
final class SitePapers {

    /**
     * Newest discussed first: by the date of the newest post that names the paper (papers that only
     * pages name come last), then the newest paper first, then by id, so the order is stable.
     */
    private static final Comparator<PaperEntry> NEWEST_DISCUSSED = Comparator
            .comparing(SitePapers::lastDiscussed, Comparator.nullsLast(Comparator.<ZonedDateTime>reverseOrder()))
            .thenComparing(e -> e.paper().published(), Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder()))
            .thenComparing(e -> e.paper().id());

    private final Map<String, Paper> byId;
    private final Map<String, String> versions;
    private final Map<Content, List<Paper>> byContent;
    private final List<PaperEntry> index;
    private final CitationKeys keys;
    private final SiteCitations citations;

    private SitePapers(Map<String, Paper> byId, Map<String, String> versions, Map<Content, List<Paper>> byContent,
            List<PaperEntry> index, CitationKeys keys, SiteCitations citations) {
        this.citations = citations;
        this.byId = byId;
        this.versions = versions;
        this.byContent = byContent;
        this.index = index;
        this.keys = keys;
    }

    /**
     * What a {@link Paper} is made from: the revision of its metadata in the cache, whether the
     * site links its Hugging Face page (then it has one), the folder of its BibTeX file, and its
     * page on the site (null without one).
     */
    private record PaperSource(String revision, boolean linkedOnHuggingFace, String bibFolder, String pageUrl)
            implements Serializable {
    }

    /**
     * What is made from one paper's metadata: the paper as templates see it, and its citation key
     * before it is made unique across the site.
     */
    private record Made(Paper paper, String citationBase) implements Serializable {
    }

    /**
     * The papers the site names that the cache has metadata for; each {@link Paper} is made once
     * per version of its metadata in a session ({@link PluginContext#memo}).
     *
     * @param withPages whether each paper has a page on the site
     */
    static SitePapers of(Site site, SiteCitations citations, PaperCache cache, boolean withPages, PluginContext context) {
        Map<String, Paper> byId = new LinkedHashMap<>();
        Map<String, PaperSource> sources = new HashMap<>();
        Map<String, String> citationBases = new HashMap<>();
        String bibFolder = site.url(Papers.INDEX_PATH);
        for (String id : citations.ids()) {
            cache.get(id).ifPresent(m -> {
                boolean linkedOnHuggingFace = citations.linkedOnHuggingFace(id);
                String pageUrl = withPages ? Papers.pageUrl(site, id) : null;
                PaperSource source = new PaperSource(cache.revision(id), linkedOnHuggingFace, bibFolder, pageUrl);
                Made made = context.memo("paper", source, () -> {
                    Paper paper = Papers.of(m, linkedOnHuggingFace, site, pageUrl);
                    return new Made(paper, CitationKeys.base(paper));
                });
                byId.put(id, made.paper());
                sources.put(id, source);
                citationBases.put(id, made.citationBase());
            });
        }
        CitationKeys keys = CitationKeys.of(byId.values(), paper -> citationBases.get(paper.id()));
        Map<String, String> versions = new HashMap<>();
        sources.forEach((id, source) ->
                versions.put(id, source.revision() + (source.linkedOnHuggingFace() ? " hf " : " ") + keys.of(id)));
        Map<Content, List<Paper>> byContent = new IdentityHashMap<>();
        for (Content content : site.contents()) {
            List<Paper> papers = citations.idsIn(content).stream().filter(byId::containsKey).map(byId::get).toList();
            byContent.put(content, papers);
        }
        List<PaperEntry> index = new ArrayList<>();
        byId.forEach((id, paper) -> {
            List<Content> shown = citations.citing(id).stream().filter(SitePapers::isListed).toList();
            if (!shown.isEmpty()) {
                index.add(new PaperEntry(paper, shown));
            }
        });
        index.sort(NEWEST_DISCUSSED);
        return new SitePapers(Collections.unmodifiableMap(byId), versions, byContent, List.copyOf(index), keys,
                citations);
    }

    /** When the newest post that names the paper appeared; null when only pages name it. */
    private static ZonedDateTime lastDiscussed(PaperEntry entry) {
        Post newest = entry.newestPost();
        return newest == null ? null : newest.date();
    }

    /** Unlisted posts are reachable only by their URL, so the index does not point at them. */
    private static boolean isListed(Content content) {
        return !(content instanceof Post post) || !post.unlisted();
    }

    /** Every known paper the site names, by id. */
    Map<String, Paper> byId() {
        return byId;
    }

    /** The BibTeX keys of the papers, unique across the site. */
    CitationKeys keys() {
        return keys;
    }

    /**
     * A short name for what is made from {@code paper} alone on this site, but for its URLs (a
     * BibTeX entry, a citation in JSON-LD): the revision of its metadata, whether it has a Hugging
     * Face page, and its citation key.
     */
    String version(Paper paper) {
        return versions.get(paper.id());
    }

    /** The known papers {@code content} names, in the order it first names them. */
    List<Paper> in(Content content) {
        return byContent.getOrDefault(content, List.of());
    }

    /** The papers index: every paper a listed post or a page names, newest discussed first. */
    List<PaperEntry> index() {
        return index;
    }

    /**
     * Where {@code content} discusses {@code paper}: the index in its table of contents of the
     * section that does ({@link SiteCitations#section}).
     */
    int section(Content content, Paper paper) {
        return citations.section(content, paper.id());
    }
}
