package dev.quire.internal.mdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * A flexmark tree as the normalized mdast the conformance cases hold: mdast's node types and
 * fields, keys sorted, without positions, {@code data}, {@code spread} and {@code checked}.
 */
final class MdastJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MdastJson() {
    }

    static ObjectNode of(Node node) {
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
            json.put("type", "list").put("ordered", false).putNull("start");
        } else if (node instanceof OrderedList list) {
            json.put("type", "list").put("ordered", true).put("start", list.getStartNumber());
        } else if (node instanceof ListItem) {
            json.put("type", "listItem");
        } else if (node instanceof ThematicBreak) {
            return json.put("type", "thematicBreak");
        } else if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo().toString();
            String lang = info.isBlank() ? null : info.strip().split("\\s+", 2)[0];
            String meta = info.isBlank() || !info.strip().contains(" ") ? null : info.strip().split("\\s+", 2)[1];
            json.put("type", "code").put("lang", lang).put("meta", meta)
                    .put("value", code.getContentChars().toString().replaceAll("\n$", ""));
            return sorted(json);
        } else if (node instanceof Code code) {
            return json.put("type", "inlineCode").put("value", code.getText().toString());
        } else if (node instanceof Emphasis) {
            json.put("type", "emphasis");
        } else if (node instanceof StrongEmphasis) {
            json.put("type", "strong");
        } else if (node instanceof Strikethrough) {
            json.put("type", "delete");
        } else if (node instanceof HardLineBreak) {
            return json.put("type", "break");
        } else if (node instanceof Link link) {
            json.put("type", "link").put("url", Escaping.unescapeString(link.getUrl().toString()));
            json.put("title", link.getTitle().isEmpty() ? null : Escaping.unescapeString(link.getTitle().toString()));
        } else if (node instanceof Image image) {
            json.put("type", "image").put("url", Escaping.unescapeString(image.getUrl().toString()));
            json.put("title", image.getTitle().isEmpty() ? null : Escaping.unescapeString(image.getTitle().toString()));
            json.put("alt", Escaping.unescapeString(image.getText().toString()));
            return sorted(json);
        } else if (node instanceof TableBlock) {
            json.put("type", "table");
            ArrayNode align = json.putArray("align");
            for (Node cell : node.getDescendants()) {
                if (cell instanceof TableCell tableCell && cell.getParent().getParent() instanceof TableHead) {
                    TableCell.Alignment alignment = tableCell.getAlignment();
                    if (alignment == null) {
                        align.addNull();
                    } else {
                        align.add(alignment.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } else if (node instanceof TableRow) {
            json.put("type", "tableRow");
        } else if (node instanceof TableCell) {
            json.put("type", "tableCell");
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
        } else {
            throw new IllegalArgumentException("no mdast type for " + node.getClass().getSimpleName());
        }
        json.set("children", children(node));
        return sorted(json);
    }

    private static ObjectNode attribute(JsxTag.Attribute attribute) {
        ObjectNode json = JSON.objectNode();
        if (attribute.kind() == JsxTag.Kind.SPREAD) {
            return json.put("type", "mdxJsxExpressionAttribute").put("value", attribute.value());
        }
        json.put("name", attribute.name()).put("type", "mdxJsxAttribute");
        switch (attribute.kind()) {
            case BOOLEAN -> json.putNull("value");
            case LITERAL -> json.put("value", attribute.value());
            default -> json.set("value", JSON.objectNode().put("type", "mdxJsxAttributeValueExpression")
                    .put("value", attribute.value()));
        }
        return json;
    }

    /** The children, with flexmark's runs of text, entities and soft breaks joined into mdast's text nodes. */
    private static ArrayNode children(Node parent) {
        ArrayNode children = JSON.arrayNode();
        StringBuilder text = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            String piece = textOf(child);
            if (piece != null) {
                text = text == null ? new StringBuilder(piece) : text.append(piece);
                continue;
            }
            if (child instanceof TableSeparator) {
                continue;
            }
            addText(children, text);
            text = null;
            if (child instanceof TableHead
                    || child instanceof com.vladsch.flexmark.ext.tables.TableBody) {
                children(child).forEach(children::add);
                continue;
            }
            children.add(of(child));
        }
        addText(children, text);
        return children;
    }

    private static String textOf(Node node) {
        if (node instanceof Text || node instanceof TextBase) {
            return Escaping.unescapeString(node.getChars().toString());
        } else if (node instanceof HtmlEntity) {
            return Escaping.unescapeHtml(node.getChars());
        } else if (node instanceof SoftLineBreak) {
            return "\n";
        }
        return null;
    }

    private static void addText(ArrayNode children, StringBuilder text) {
        if (text != null && !text.isEmpty()) {
            children.add(JSON.objectNode().put("type", "text").put("value", text.toString()));
        }
    }

    private static ObjectNode sorted(ObjectNode json) {
        ObjectNode sorted = JSON.objectNode();
        java.util.List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        names.stream().sorted().forEach(name -> sorted.set(name, json.get(name)));
        return sorted;
    }

    static JsonNode error(int line, int column, String message) {
        ObjectNode error = JSON.objectNode().put("column", column).put("line", line).put("message", message);
        return JSON.objectNode().set("error", error);
    }
}
