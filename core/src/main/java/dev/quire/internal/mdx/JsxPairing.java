package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs each opening tag with its closing tag among the children of one parent and moves what is
 * between them into the element, as mdast-util-mdx-jsx does: an element cannot start in one list
 * item, paragraph or emphasis and end in another.
 */
final class JsxPairing {

    /** mdast's names of the parents an element must close in, for messages. */
    private static final Map<String, String> MDAST_NAMES = Map.of(
            "Document", "root", "BulletListItem", "listItem", "OrderedListItem", "listItem",
            "StrongEmphasis", "strong", "Admonition", "containerDirective");

    private JsxPairing() {
    }

    static void pair(Node parent) {
        pair(parent, new ArrayDeque<>());
    }

    /** @param outer the tags left open in the parents of {@code parent}, innermost first */
    private static void pair(Node parent, Deque<JsxTagNode> outer) {
        flattenFlowLines(parent);
        Deque<Node> open = new ArrayDeque<>();
        Deque<JsxTagNode> openTags = new ArrayDeque<>();
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof JsxTagNode tagNode) {
                JsxTag tag = tagNode.tag;
                if (tag.closing()) {
                    if (open.isEmpty() && !outer.isEmpty()) {
                        throw new MdxSyntaxException(tagNode.getStartOffset(), "Expected the closing tag `"
                                + tag.display() + "` either after the end of `" + mdastName(parent)
                                + "` or another opening tag after the start of `" + mdastName(parent) + "`");
                    }
                    if (open.isEmpty()) {
                        throw new MdxSyntaxException(tagNode.getStartOffset() + 1,
                                "Unexpected closing slash `/` in tag, expected an open tag first");
                    }
                    if (tag.selfClosing()) {
                        throw new MdxSyntaxException(tagNode.getStartOffset(),
                                "Unexpected self-closing slash `/` in closing tag, expected the end of the tag");
                    }
                    JsxTagNode opening = openTags.pop();
                    Node element = open.pop();
                    if (!Objects.equals(opening.tag.name(), tag.name())) {
                        throw new MdxSyntaxException(tagNode.getStartOffset(), "Unexpected closing tag `" + tag.display()
                                + "`, expected corresponding closing tag for `" + opening.tag.display() + "`");
                    }
                    element.setChars(opening.getChars().baseSubSequence(opening.getStartOffset(), tagNode.getEndOffset()));
                    tagNode.unlink();
                } else {
                    Node element = tagNode.flow ? new JsxFlowElement(tagNode.getChars(), tag)
                            : new JsxTextElement(tagNode.getChars(), tag);
                    tagNode.insertBefore(element);
                    tagNode.unlink();
                    moveInto(open, element);
                    if (!tag.selfClosing()) {
                        open.push(element);
                        openTags.push(tagNode);
                    }
                }
            } else {
                Deque<JsxTagNode> inside = new ArrayDeque<>(openTags);
                inside.addAll(outer);
                pair(node, inside);
                moveInto(open, node);
            }
            node = next;
        }
        if (!open.isEmpty()) {
            String where = parent instanceof Document ? "" : " before the end of `" + mdastName(parent) + "`";
            throw new MdxSyntaxException(parent instanceof Document ? openTags.peek().getStartOffset() : parent.getStartOffset(),
                    "Expected a closing tag for `" + openTags.peek().tag.display() + "`" + where);
        }
    }

    private static String mdastName(Node node) {
        String name = node.getClass().getSimpleName();
        return MDAST_NAMES.getOrDefault(name, name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
    }

    /** Moves {@code node} into the innermost open element, if any. */
    private static void moveInto(Deque<Node> open, Node node) {
        if (!open.isEmpty()) {
            node.unlink();
            open.peek().appendChild(node);
        }
    }

    /** Puts the tags and expressions of each {@link MdxFlowLine} in its place, in order. */
    private static void flattenFlowLines(Node parent) {
        List<Node> lines = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof MdxFlowLine) {
                lines.add(child);
            }
        }
        for (Node line : lines) {
            Node item = line.getFirstChild();
            while (item != null) {
                Node next = item.getNext();
                item.unlink();
                line.insertBefore(item);
                item = next;
            }
            line.unlink();
        }
    }
}
