package dev.quire.plugin.arxiv.detect;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The sections of a document as its table of contents will list them: headings of level 2 and 3
 * at the top of the document, numbered from 0 in order (the rule of {@code Content#toc()}). Their
 * anchors are given only when the document is rendered, after this plugin reads it, so a place in
 * the document is named by its section's number, and the anchor is looked up in the table of
 * contents once the page is rendered.
 */
public final class Sections {

    /** The section of each top-level block: the last listed heading at or before it. */
    private final Map<Node, Integer> byBlock;

    private Sections(Map<Node, Integer> byBlock) {
        this.byBlock = byBlock;
    }

    public static Sections of(Document document) {
        Map<Node, Integer> byBlock = new IdentityHashMap<>();
        int section = -1;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 3) {
                section++;
            }
            byBlock.put(block, section);
        }
        return new Sections(byBlock);
    }

    /** The section {@code node} is in; -1 when it is above the first listed heading. */
    public int of(Node node) {
        Node block = node;
        while (block.getParent() != null && !(block.getParent() instanceof Document)) {
            block = block.getParent();
        }
        return byBlock.getOrDefault(block, -1);
    }

    /** True when {@code node} is part of a heading. */
    public static boolean inHeading(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Heading) {
                return true;
            }
        }
        return false;
    }
}
