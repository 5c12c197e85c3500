package dev.quire.internal.mdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.quire.internal.markdown.Markdown;
import java.util.Locale;

/**
 * A flexmark tree as the normalized mdast of the conformance cases (tools/mdx-conformance/README.md):
 * mdast's types and kept fields, {@code children} only when there are any, text merged and its
 * white space runs made one space.
 */
final class MdastJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MdastJson() {
    }

    static JsonNode tree(Document document) {
        return JSON.objectNode().set("tree", node(document));
    }

    static JsonNode error(Integer line, Integer column, String reason) {
        ObjectNode error = JSON.objectNode().put("line", line).put("column", column).put("reason", reason);
        return JSON.objectNode().set("error", error);
    }

    private static ObjectNode node(Node node) {
        ObjectNode json = JSON.objectNode();
        if (node instanceof Document) {
            json.put("type", "root");
        } else if (node instanceof Paragraph) {
            json.put("type", "paragraph");
        } else if (node instanceof Heading heading) {
            json.put("type", "heading").put("depth", heading.getLevel());
        } else if (node instanceof BlockQuote) {
            json.put("type", "blockquote");
        } else if (node instanceof BulletList) {
            json.put("type", "list").put("ordered", false);
        } else if (node instanceof OrderedList list) {
            json.put("type", "list").put("ordered", true).put("start", list.getStartNumber());
        } else if (node instanceof TaskListItem item) {
            json.put("type", "listItem").put("checked", item.isItemDoneMarker());
        } else if (node instanceof ListItem) {
            json.put("type", "listItem");
        } else if (node instanceof ThematicBreak) {
            json.put("type", "thematicBreak");
        } else if (node instanceof FencedCodeBlock code) {
            String info = Escaping.unescapeString(code.getInfo().toString()).strip();
            String[] parts = info.split("[ \\t]+", 2);
            json.put("type", "code").put("lang", info.isEmpty() ? null : parts[0])
                    .put("meta", parts.length > 1 ? parts[1] : null)
                    .put("value", withoutFinalLineEnd(code.getContentChars().toString()));
            return json;
        } else if (node instanceof IndentedCodeBlock code) {
            return json.put("type", "code").putNull("lang").putNull("meta")
                    .put("value", code.getContentChars().toString().replaceAll("\n+$", ""));
        } else if (node instanceof Code code) {
            return json.put("type", "inlineCode").put("value", code.getText().toString());
        } else if (node instanceof Emphasis) {
            json.put("type", "emphasis");
        } else if (node instanceof StrongEmphasis) {
            json.put("type", "strong");
        } else if (node instanceof Strikethrough || node instanceof Subscript) {
            // Quire renders flexmark's ~subscript~ as <del>, as remark-gfm reads one tilde.
            json.put("type", "delete");
        } else if (node instanceof HardLineBreak) {
            json.put("type", "break");
        } else if (node instanceof Link link) {
            json.put("type", "link").put("url", unescape(link.getUrl())).put("title", title(link.getTitle()));
        } else if (node instanceof AutoLink link) {
            String url = link.getText().toString();
            json.put("type", "link").put("url", url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url)
                    .putNull("title");
            json.set("children", JSON.arrayNode().add(text(url)));
            return json;
        } else if (node instanceof MailLink link) {
            json.put("type", "link").put("url", "mailto:" + link.getText()).putNull("title");
            json.set("children", JSON.arrayNode().add(text(link.getText().toString())));
            return json;
        } else if (node instanceof Image image) {
            return json.put("type", "image").put("url", unescape(image.getUrl()))
                    .put("alt", Markdown.plainText(image)).put("title", title(image.getTitle()));
        } else if (node instanceof LinkRef ref) {
            json.put("type", "linkReference").put("identifier", identifier(ref.getReference()))
                    .put("referenceType", referenceType(ref));
        } else if (node instanceof ImageRef ref) {
            return json.put("type", "imageReference").put("identifier", identifier(ref.getReference()))
                    .put("referenceType", referenceType(ref));
        } else if (node instanceof Reference reference) {
            return json.put("type", "definition").put("identifier", identifier(reference.getReference()))
                    .put("url", unescape(reference.getUrl()));
        } else if (node instanceof Footnote footnote) {
            return json.put("type", "footnoteReference").put("identifier", identifier(footnote.getText()));
        } else if (node instanceof FootnoteBlock footnote) {
            json.put("type", "footnoteDefinition").put("identifier", identifier(footnote.getText()));
        } else if (node instanceof TableBlock) {
            json.put("type", "table");
            ArrayNode align = json.putArray("align");
            for (Node cell : node.getDescendants()) {
                if (cell instanceof TableCell tableCell && cell.getParent().getParent() instanceof TableHead) {
                    TableCell.Alignment alignment = tableCell.getAlignment();
                    if (alignment == null) {
                        align.addNull();
                    } else {
                        align.add(alignment.name().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } else if (node instanceof TableRow) {
            json.put("type", "tableRow");
        } else if (node instanceof TableCell) {
            json.put("type", "tableCell");
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            return json.put("type", "html").put("value", node.getChars().toString().replaceAll("\n+$", ""));
        } else if (node.getClass().getSimpleName().equals("MathBlock")) {
            json.put("type", "paragraph");
            json.set("children", JSON.arrayNode().add(text(node.getChars().toString().replaceAll("\\s+", " ").strip())));
            return json;
        } else if (node instanceof Esm esm) {
            return json.put("type", "mdxjsEsm").put("value", esm.value());
        } else if (node instanceof FlowExpression expression) {
            return json.put("type", "mdxFlowExpression").put("value", expression.value());
        } else if (node instanceof TextExpression expression) {
            return json.put("type", "mdxTextExpression").put("value", expression.value());
        } else if (node instanceof JsxElement element) {
            json.put("type", node instanceof JsxFlowElement ? "mdxJsxFlowElement" : "mdxJsxTextElement");
            json.put("name", element.name());
            ArrayNode attributes = json.putArray("attributes");
            element.attributes().forEach(a -> attributes.add(attribute(a)));
        } else if (node instanceof Admonition admonition) {
            json.put("type", "containerDirective").put("name", admonition.type());
            ObjectNode attributes = json.putObject("attributes");
            admonition.attributes().forEach(attributes::put);
            json.put("label", admonition.title() == null ? null : label(admonition.title()));
        } else {
            throw new IllegalArgumentException("no mdast type for " + node.getClass().getSimpleName());
        }
        ArrayNode children = children(node);
        if (!children.isEmpty()) {
            json.set("children", children);
        }
        return json;
    }

    private static String withoutFinalLineEnd(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** A directive's label: its text and inline code, white space runs made one space. */
    private static String label(Node title) {
        StringBuilder text = new StringBuilder();
        for (Node node : title.getDescendants()) {
            if (node instanceof Text) {
                text.append(Escaping.unescapeString(node.getChars().toString()));
            } else if (node instanceof Code code) {
                text.append(code.getText());
            } else if (node instanceof SoftLineBreak) {
                text.append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static ObjectNode attribute(JsxTag.Attribute attribute) {
        return switch (attribute.kind()) {
            case SPREAD -> JSON.objectNode().put("spread", attribute.value());
            case BOOLEAN -> JSON.objectNode().put("name", attribute.name()).putNull("value");
            case LITERAL -> JSON.objectNode().put("name", attribute.name()).put("value", attribute.value());
            case EXPRESSION -> {
                ObjectNode json = JSON.objectNode().put("name", attribute.name());
                json.set("value", JSON.objectNode().put("expression", attribute.value()));
                yield json;
            }
        };
    }

    /** The children, text merged, white space runs made one space, empty text dropped. */
    private static ArrayNode children(Node parent) {
        ArrayNode children = JSON.arrayNode();
        StringBuilder text = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String piece = textOf(child);
            if (piece != null) {
                text = text == null ? new StringBuilder(piece) : text.append(piece);
                continue;
            }
            if (child instanceof TableSeparator || child instanceof AdmonitionTitle) {
                continue;
            }
            if (child instanceof TableHead || child instanceof TableBody || child instanceof TextBase) {
                addText(children, text);
                text = null;
                children(child).forEach(children::add);
                continue;
            }
            ObjectNode converted = node(child);
            if (converted.path("type").asText().equals("text")) {
                String value = converted.get("value").asText();
                text = text == null ? new StringBuilder(value) : text.append(value);
                continue;
            }
            addText(children, text);
            text = null;
            children.add(converted);
        }
        addText(children, text);
        if (parent instanceof Paragraph || parent instanceof Heading || parent instanceof TableCell) {
            trimEdges(children);
        }
        return children;
    }

    private static String textOf(Node node) {
        if (node instanceof Text) {
            return Escaping.unescapeString(node.getChars().toString());
        } else if (node instanceof HtmlEntity) {
            return Escaping.unescapeHtml(node.getChars());
        } else if (node instanceof Emoji) {
            // A shortcode is text to the parser; turning it into an emoji comes after, as remark-emoji does.
            return node.getChars().toString();
        } else if (node instanceof SoftLineBreak) {
            return "\n";
        } else if (node instanceof Footnote footnote && !footnote.isDefined()) {
            return node.getChars().toString();
        } else if (node instanceof LinkRef ref && !ref.isDefined() || node instanceof ImageRef image && !image.isDefined()) {
            return Escaping.unescapeString(node.getChars().toString());
        } else if (node.getClass().getSimpleName().startsWith("Math") || node.getClass().getSimpleName().equals("DisplayInline")) {
            return node.getChars().toString();
        }
        return null;
    }

    private static void addText(ArrayNode children, StringBuilder text) {
        if (text == null) {
            return;
        }
        String value = text.toString().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ");
        if (!value.isEmpty()) {
            children.add(text(value));
        }
    }

    private static void trimEdges(ArrayNode children) {
        if (!children.isEmpty() && children.get(0).path("type").asText().equals("text")) {
            ((ObjectNode) children.get(0)).put("value", children.get(0).get("value").asText().replaceFirst("^ ", ""));
        }
        int last = children.size() - 1;
        if (last >= 0 && children.get(last).path("type").asText().equals("text")) {
            ((ObjectNode) children.get(last)).put("value", children.get(last).get("value").asText().replaceFirst(" $", ""));
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            if (children.get(i).path("type").asText().equals("text") && children.get(i).get("value").asText().isEmpty()) {
                children.remove(i);
            }
        }
    }

    private static ObjectNode text(String value) {
        return JSON.objectNode().put("type", "text").put("value", value);
    }

    private static String unescape(CharSequence text) {
        return Escaping.unescapeString(text.toString());
    }

    private static String title(CharSequence title) {
        return title.length() == 0 ? null : unescape(title);
    }

    private static String identifier(CharSequence label) {
        return label.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String referenceType(RefNode ref) {
        if (ref.getChars().toString().endsWith("[]")) {
            return "collapsed";
        }
        return ref.isReferenceTextCombined() ? "shortcut" : "full";
    }
}
