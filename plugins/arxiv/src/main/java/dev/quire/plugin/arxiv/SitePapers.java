package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The papers of one build: each known paper once, which posts name which, and the index. */
final class SitePapers {

    /** Newest first by the day version 1 appeared; equal days by id, so the order is stable. */
    private static final Comparator<PaperEntry> NEWEST_FIRST = Comparator
            .comparing((PaperEntry e) -> e.paper().published(), Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder()))
            .thenComparing(e -> e.paper().id());

    private final Map<String, Paper> byId;
    private final Map<Content, List<Paper>> byContent;
    private final List<PaperEntry> index;

    private SitePapers(Map<String, Paper> byId, Map<Content, List<Paper>> byContent, List<PaperEntry> index) {
        this.byId = byId;
        this.byContent = byContent;
        this.index = index;
    }

    /** The papers the site names that the cache has metadata for. */
    static SitePapers of(Site site, SiteCitations citations, PaperCache cache) {
        Map<String, Paper> byId = new LinkedHashMap<>();
        for (String id : citations.ids()) {
            cache.get(id).ifPresent(m -> byId.put(id, Papers.of(m, citations.linkedOnHuggingFace(id), site)));
        }
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
        index.sort(NEWEST_FIRST);
        return new SitePapers(Map.copyOf(byId), byContent, List.copyOf(index));
    }

    /** Unlisted posts are reachable only by their URL, so the index does not point at them. */
    private static boolean isListed(Content content) {
        return !(content instanceof Post post) || !post.unlisted();
    }

    /** Every known paper the site names, by id. */
    Map<String, Paper> byId() {
        return byId;
    }

    /** The known papers {@code content} names, in the order it first names them. */
    List<Paper> in(Content content) {
        return byContent.getOrDefault(content, List.of());
    }

    /** The papers index: every paper a listed post or a page names, newest first. */
    List<PaperEntry> index() {
        return index;
    }
}
