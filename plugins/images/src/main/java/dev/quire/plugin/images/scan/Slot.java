package dev.quire.plugin.images.scan;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * A place in a post's AST that links to files and may be rewritten: one Markdown image, one
 * Markdown link or link reference definition, or one raw HTML node with its tags.
 */
public sealed interface Slot {

    /** The links of this place, in the order they appear. */
    List<Reference> references();

    /** The AST node that holds the place. */
    Node node();

    /**
     * A Markdown image, {@code ![alt](./x.png "title")} or {@code ![alt][ref]}.
     *
     * @param title the title, or {@code null}
     */
    record MarkdownImage(Node node, Reference reference, String alt, String title) implements Slot {
        @Override
        public List<Reference> references() {
            return List.of(reference);
        }
    }

    /** A Markdown link {@code [text](./paper.pdf)} or a link reference definition {@code [ref]: ./paper.pdf}. */
    record MarkdownLink(Node node, Reference reference) implements Slot {
        @Override
        public List<Reference> references() {
            return List.of(reference);
        }
    }

    /**
     * A raw HTML node (inline or block) and those of its tags that link to files.
     *
     * @param html the node's text
     */
    record Html(Node node, String html, List<HtmlTag> tags) implements Slot {
        @Override
        public List<Reference> references() {
            return tags.stream().flatMap(t -> t.references().values().stream()).toList();
        }
    }
}
