package dev.quire.plugin.arxiv.detect;

import com.vladsch.flexmark.util.ast.Node;
import dev.quire.plugin.arxiv.ArxivId;

/**
 * One place in a document that names a paper.
 *
 * @param id       the paper
 * @param kind     how it is named
 * @param node     the link node ({@code Link}, {@code AutoLink}, {@code LinkRef}), the {@code Text}
 *                 node of a mention, or the raw HTML node
 * @param host     where a link points; {@code null} for mentions in text
 * @param start    for mentions: where {@code arXiv:ID} starts in the text node's characters
 * @param end      for mentions: where it ends
 */
public record Citation(ArxivId id, Kind kind, Node node, PaperLinks.Host host, int start, int end) {

    /** How a document names a paper. */
    public enum Kind {
        /** A Markdown link, autolink or reference link whose URL points to the paper. */
        LINK,
        /** {@code arXiv:ID} in plain text. */
        MENTION,
        /** {@code arXiv:ID} in the text of a link that points elsewhere: it must not become a link itself. */
        MENTION_IN_LINK,
        /** An {@code <a href>} written as raw HTML; it is left exactly as written. */
        HTML
    }

    static Citation link(ArxivId id, Node node, PaperLinks.Host host) {
        return new Citation(id, Kind.LINK, node, host, 0, 0);
    }

    static Citation html(ArxivId id, Node node, PaperLinks.Host host) {
        return new Citation(id, Kind.HTML, node, host, 0, 0);
    }

    static Citation mention(PaperLinks.Mention mention, Node text, boolean insideLink) {
        return new Citation(mention.id(), insideLink ? Kind.MENTION_IN_LINK : Kind.MENTION, text, null,
                mention.start(), mention.end());
    }

    /** True when the citation is a link to the paper's page on Hugging Face. */
    public boolean onHuggingFace() {
        return host == PaperLinks.Host.HUGGING_FACE;
    }
}
