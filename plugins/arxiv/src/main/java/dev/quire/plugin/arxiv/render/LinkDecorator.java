package dev.quire.plugin.arxiv.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.plugin.arxiv.Paper;
import dev.quire.plugin.arxiv.detect.Citation;
import dev.quire.plugin.arxiv.detect.Citations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Enriches the paper links of one document, on its AST, for papers whose metadata is known:
 * <ul>
 *   <li>each link to a paper gets a tooltip ({@code title}: the paper's title and first authors),
 *       unless the author gave the link a title of their own;</li>
 *   <li>{@code arXiv:ID} written in text becomes a link to the paper's arXiv page, with that tooltip;</li>
 *   <li>after the heading or paragraph that first names a paper comes a compact row of links:
 *       {@code arXiv:ID · PDF · HF · Code} (HF and Code when known).</li>
 * </ul>
 * Links become raw HTML nodes whose every piece of text is escaped here; the link's own text
 * stays Markdown. Papers without metadata and raw HTML links are left exactly as written.
 */
public final class LinkDecorator {

    private LinkDecorator() {
    }

    public static void decorate(Document document, Map<String, Paper> papers) {
        List<Citation> citations = Citations.in(document).stream()
                .filter(c -> c.kind() != Citation.Kind.HTML && papers.containsKey(c.id().id()))
                .toList();
        if (citations.isEmpty()) {
            return;
        }
        Map<Citation, Node> hosts = new IdentityHashMap<>();
        citations.forEach(c -> hosts.put(c, hostBlock(c.node())));
        Map<Citation, Node> ends = new IdentityHashMap<>();
        Map<Node, List<Citation>> mentionsByText = new IdentityHashMap<>();
        for (Citation citation : citations) {
            switch (citation.kind()) {
                case LINK -> ends.put(citation, wrapLink(document, citation.node(), papers.get(citation.id().id())));
                case MENTION -> mentionsByText.computeIfAbsent(citation.node(), n -> new ArrayList<>()).add(citation);
                default -> {
                }
            }
        }
        mentionsByText.forEach((text, mentions) -> linkMentions((Text) text, mentions, papers, ends));
        addRows(citations, papers, hosts, ends);
    }

    /** The heading or paragraph a node is in, or null when it is in neither (e.g. a table cell). */
    private static Node hostBlock(Node node) {
        for (Node at = node; at != null && !(at instanceof Document); at = at.getParent()) {
            if (at instanceof Heading || at instanceof Paragraph) {
                return at;
            }
        }
        return null;
    }

    /** Replaces a link node by the same link as raw HTML around its unchanged text; returns the closing tag. */
    private static Node wrapLink(Document document, Node link, Paper paper) {
        String url;
        String ownTitle;
        if (link instanceof LinkRef ref) {
            Reference reference = ref.getReferenceNode(document);
            url = reference.getUrl().unescape();
            ownTitle = reference.getTitle().unescape();
        } else {
            LinkNodeBase node = (LinkNodeBase) link;
            url = node.getUrl().unescape();
            ownTitle = node.getTitle().unescape();
        }
        Node open = html("<a href=\"" + Entities.escape(url) + "\" title=\""
                + Entities.escape(ownTitle.isEmpty() ? tooltip(paper) : ownTitle) + "\">");
        link.insertBefore(open);
        if (link instanceof AutoLink auto && !auto.hasChildren()) {
            link.insertBefore(new Text(auto.getText()));
        }
        while (link.getFirstChild() != null) {
            Node child = link.getFirstChild();
            child.unlink();
            link.insertBefore(child);
        }
        Node close = html("</a>");
        link.insertBefore(close);
        link.unlink();
        return close;
    }

    /** Splits a text node around its {@code arXiv:ID}s, making each a link; records each link's end. */
    private static void linkMentions(Text text, List<Citation> mentions, Map<String, Paper> papers,
            Map<Citation, Node> ends) {
        BasedSequence chars = text.getChars();
        Node cursor = text;
        int from = 0;
        for (Citation mention : mentions) {
            Paper paper = papers.get(mention.id().id());
            if (mention.start() > from) {
                cursor = after(cursor, new Text(chars.subSequence(from, mention.start())));
            }
            cursor = after(cursor, html("<a href=\"" + Entities.escape(paper.absUrl()) + "\" title=\""
                    + Entities.escape(tooltip(paper)) + "\">"));
            cursor = after(cursor, new Text(chars.subSequence(mention.start(), mention.end())));
            cursor = after(cursor, html("</a>"));
            ends.put(mention, cursor);
            from = mention.end();
        }
        if (from < chars.length()) {
            after(cursor, new Text(chars.subSequence(from)));
        }
        text.unlink();
    }

    /** One row per paper, after the block that first names it (in order when a block names several). */
    private static void addRows(List<Citation> citations, Map<String, Paper> papers, Map<Citation, Node> hosts,
            Map<Citation, Node> ends) {
        Set<String> done = new HashSet<>();
        Map<Node, Node> lastRowAfter = new IdentityHashMap<>();
        for (Citation citation : citations) {
            String id = citation.id().id();
            Node host = hosts.get(citation);
            Node end = ends.get(citation);
            if (done.contains(id) || host == null && end == null) {
                continue;
            }
            done.add(id);
            Paper paper = papers.get(id);
            if (host != null) {
                Node row = html("<p class=\"paper-links\">" + links(paper) + "</p>\n");
                after(lastRowAfter.getOrDefault(host, host), row);
                lastRowAfter.put(host, row);
            } else {
                after(end, html(" <span class=\"paper-links\">" + links(paper) + "</span>"));
            }
        }
    }

    /** {@code arXiv:ID · PDF · HF · Code · Project}, each part only when the paper has it. */
    static String links(Paper paper) {
        List<String> links = new ArrayList<>();
        links.add(link(paper.absUrl(), paper.citation()));
        links.add(link(paper.pdfUrl(), "PDF"));
        if (paper.hfUrl() != null) {
            links.add(link(paper.hfUrl(), "HF"));
        }
        if (paper.codeUrl() != null) {
            links.add(link(paper.codeUrl(), "Code"));
        }
        if (paper.projectUrl() != null) {
            links.add(link(paper.projectUrl(), "Project"));
        }
        return String.join(" · ", links);
    }

    private static String link(String url, String label) {
        return "<a href=\"" + Entities.escape(url) + "\">" + Entities.escape(label) + "</a>";
    }

    /** The paper's title and first authors, for a tooltip. */
    static String tooltip(Paper paper) {
        StringBuilder text = new StringBuilder(paper.title());
        if (!paper.authors().isEmpty()) {
            text.append(" — ").append(String.join(", ", paper.firstAuthors()));
            if (paper.hasMoreAuthors()) {
                text.append(" et al.");
            }
        }
        return text.toString();
    }

    private static Node html(String html) {
        return new HtmlInline(BasedSequence.of(html));
    }

    private static Node after(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }
}
