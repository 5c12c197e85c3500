package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.arxiv.detect.Citations;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The papers every post and page of a site names, found once for the whole site. */
public final class SiteCitations {

    /** Where a paper is first named, for messages. */
    public record Location(String source, int line) {
    }

    private final List<String> ids;
    private final Map<Content, List<String>> idsByContent;
    private final Map<String, List<Content>> citingById;
    private final Map<String, Location> firstAt;
    private final Set<String> onHuggingFace;

    private SiteCitations(Map<Content, List<String>> idsByContent, Map<String, List<Content>> citingById,
            Map<String, Location> firstAt, Set<String> onHuggingFace) {
        this.ids = List.copyOf(new TreeSet<>(firstAt.keySet()));
        this.idsByContent = idsByContent;
        this.citingById = citingById;
        this.firstAt = firstAt;
        this.onHuggingFace = onHuggingFace;
    }

    /**
     * One paper link of a file, without its AST node: what the site-wide index needs, small enough
     * to remember between builds.
     */
    public record Found(String id, int line, boolean onHuggingFace) implements Serializable {
    }

    /** Reads every post and page that still has its AST (posts first, newest first, then pages). */
    public static SiteCitations of(Site site) {
        return of(site.contents());
    }

    public static SiteCitations of(List<Content> contents) {
        return of(contents, SiteCitations::found);
    }

    /**
     * Like {@link #of(List)}, with {@code found} giving each file's paper links (e.g. remembered
     * per version of the file by {@code PluginContext#memo}).
     */
    public static SiteCitations of(List<Content> contents, java.util.function.Function<Content, List<Found>> found) {
        return index(contents, contents.parallelStream().map(found).toList());
    }

    /** The paper links of one file, read from its AST. */
    public static List<Found> found(Content content) {
        if (content.document() == null) {
            return List.of();
        }
        return Citations.in(content.document()).stream()
                .map(c -> new Found(c.id().id(), content.lineOf(c.node()), c.onHuggingFace())).toList();
    }

    private static SiteCitations index(List<Content> contents, List<List<Found>> found) {
        Map<Content, List<String>> idsByContent = new IdentityHashMap<>();
        Map<String, List<Content>> citingById = new HashMap<>();
        Map<String, Location> firstAt = new LinkedHashMap<>();
        Set<String> onHuggingFace = new HashSet<>();
        for (int i = 0; i < contents.size(); i++) {
            Content content = contents.get(i);
            Set<String> ids = new LinkedHashSet<>();
            for (Found citation : found.get(i)) {
                String id = citation.id();
                ids.add(id);
                firstAt.computeIfAbsent(id, k -> new Location(content.source(), citation.line()));
                if (citation.onHuggingFace()) {
                    onHuggingFace.add(id);
                }
            }
            idsByContent.put(content, List.copyOf(ids));
            ids.forEach(id -> citingById.computeIfAbsent(id, k -> new ArrayList<>()).add(content));
        }
        return new SiteCitations(idsByContent, citingById, firstAt, Collections.unmodifiableSet(onHuggingFace));
    }

    /** Every paper named anywhere, by id. */
    public List<String> ids() {
        return ids;
    }

    /** The papers {@code content} names, each once, in the order it first names them. */
    public List<String> idsIn(Content content) {
        return idsByContent.getOrDefault(content, List.of());
    }

    /** Where the site first names {@code id}. */
    public Location firstAt(String id) {
        return firstAt.get(id);
    }

    /** True when some link to the paper goes to its Hugging Face page (so that page exists). */
    public boolean linkedOnHuggingFace(String id) {
        return onHuggingFace.contains(id);
    }

    /** The posts and pages that name {@code id}, in site order. */
    public List<Content> citing(String id) {
        return List.copyOf(citingById.getOrDefault(id, List.of()));
    }
}
