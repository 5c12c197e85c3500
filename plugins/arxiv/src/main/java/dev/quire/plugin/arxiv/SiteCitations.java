package dev.quire.plugin.arxiv;

import com.vladsch.flexmark.util.ast.Document;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.arxiv.detect.Citations;
import dev.quire.plugin.arxiv.detect.Sections;
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
    private final Map<Content, Map<String, Integer>> sections;

    private SiteCitations(Map<Content, List<String>> idsByContent, Map<String, List<Content>> citingById,
            Map<String, Location> firstAt, Set<String> onHuggingFace, Map<Content, Map<String, Integer>> sections) {
        this.ids = List.copyOf(new TreeSet<>(firstAt.keySet()));
        this.idsByContent = idsByContent;
        this.citingById = citingById;
        this.firstAt = firstAt;
        this.onHuggingFace = onHuggingFace;
        this.sections = sections;
    }

    /**
     * One paper link of a file, without its AST node: what the site-wide index needs, small enough
     * to remember between builds.
     *
     * @param section   which heading of the file's table of contents ({@link Content#toc()}) the
     *                  link is in or under; -1 above the first
     * @param inHeading whether the link is in a heading itself, the usual way a review names the
     *                  paper a section is about
     */
    public record Found(String id, int line, boolean onHuggingFace, int section, boolean inHeading)
            implements Serializable {
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
        Document document = content.document();
        if (document == null) {
            return List.of();
        }
        Sections sections = Sections.of(document);
        return Citations.in(document).stream()
                .map(c -> new Found(c.id().id(), content.lineOf(c.node()), c.onHuggingFace(), sections.of(c.node()),
                        Sections.inHeading(c.node())))
                .toList();
    }

    private static SiteCitations index(List<Content> contents, List<List<Found>> found) {
        Map<Content, List<String>> idsByContent = new IdentityHashMap<>();
        Map<String, List<Content>> citingById = new HashMap<>();
        Map<String, Location> firstAt = new LinkedHashMap<>();
        Set<String> onHuggingFace = new HashSet<>();
        Map<Content, Map<String, Integer>> sections = new IdentityHashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            Content content = contents.get(i);
            Set<String> ids = new LinkedHashSet<>();
            Map<String, Found> sectionOf = new HashMap<>();
            for (Found citation : found.get(i)) {
                String id = citation.id();
                ids.add(id);
                // The section whose heading links the paper, else the first that names it.
                sectionOf.merge(id, citation, (first, next) -> !first.inHeading() && next.inHeading() ? next : first);
                firstAt.computeIfAbsent(id, k -> new Location(content.source(), citation.line()));
                if (citation.onHuggingFace()) {
                    onHuggingFace.add(id);
                }
            }
            idsByContent.put(content, List.copyOf(ids));
            ids.forEach(id -> citingById.computeIfAbsent(id, k -> new ArrayList<>()).add(content));
            Map<String, Integer> sectionIndexes = new HashMap<>();
            sectionOf.forEach((id, citation) -> sectionIndexes.put(id, citation.section()));
            sections.put(content, sectionIndexes);
        }
        return new SiteCitations(idsByContent, citingById, firstAt, Collections.unmodifiableSet(onHuggingFace),
                sections);
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

    /**
     * Where {@code content} discusses {@code id}: the index in its table of contents
     * ({@link Content#toc()}) of the heading that links the paper, else of the section that first
     * names it; -1 when that is above the first heading, or the file does not name the paper.
     */
    public int section(Content content, String id) {
        return sections.getOrDefault(content, Map.of()).getOrDefault(id, -1);
    }

    /** The posts and pages that name {@code id}, in site order. */
    public List<Content> citing(String id) {
        return List.copyOf(citingById.getOrDefault(id, List.of()));
    }
}
