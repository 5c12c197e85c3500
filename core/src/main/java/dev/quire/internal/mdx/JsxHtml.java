package dev.quire.internal.mdx;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.text.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML-like JSX elements ({@code <img src={fig} className="x" />}) as HTML: React's attribute
 * names and values turned into HTML's. {@link #lower} puts them into the tree as flexmark's own
 * HTML nodes, so everything that reads HTML in a document (images, links, citations) reads them
 * as it reads HTML written in Markdown.
 */
final class JsxHtml {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern REQUIRE = Pattern.compile(
            "require\\(\\s*(['\"])(?<path>[^'\"]+)\\1\\s*\\)(?:\\.default)?");
    private static final Pattern USE_BASE_URL = Pattern.compile("useBaseUrl\\(\\s*(['\"])(?<path>[^'\"]+)\\1\\s*\\)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> DROPPED_PROPS = Set.of("key", "ref", "dangerouslySetInnerHTML");
    /** Marks an attribute that evaluated to {@code true}: written without a value. */
    private static final String TRUE = "\u0000true";

    private JsxHtml() {
    }

    static boolean isVoid(String name) {
        return VOID_ELEMENTS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Elements the renderer draws itself: components, and {@code <details>} with its {@code <summary>}. */
    static boolean isHtml(JsxElement element) {
        String name = element.name();
        return name != null && !MdxHtmlRenderer.isComponent(name) && !name.equals("details") && !name.equals("summary");
    }

    /**
     * Replaces the HTML-like elements of {@code document} by HTML nodes with their children between
     * them; an element in flow whose children are text stays for the renderer.
     */
    static void lower(Document document, MdxRendering file) {
        for (Node node : Descendants.matching(document, n -> n instanceof JsxElement element && isHtml(element))) {
            JsxElement element = (JsxElement) node;
            boolean flow = node instanceof JsxFlowElement;
            if (flow && node.getFirstChild() != null && !(node.getFirstChild() instanceof Block)) {
                continue;
            }
            boolean isVoid = isVoid(element.name());
            String open = openTag(element, element.name(), isVoid, file, file.lineOf(node.getStartOffset()));
            node.insertBefore(htmlNode(open, node, flow));
            while (node.getFirstChild() != null) {
                node.insertBefore(node.getFirstChild());
            }
            if (!isVoid) {
                node.insertBefore(htmlNode("</" + element.name() + ">", node, flow));
            }
            node.unlink();
        }
    }

    /** An HTML node at the place of {@code element}, so that its line is the element's. */
    private static Node htmlNode(String html, Node element, boolean flow) {
        BasedSequence chars = PrefixedSubSequence.prefixOf(html, element.getChars().subSequence(0, 0));
        if (!flow) {
            return new HtmlInline(chars);
        }
        HtmlBlock block = new HtmlBlock(chars);
        block.setContent(chars, List.of(chars));
        return block;
    }

    /** The opening tag with its attributes as HTML; {@code selfClosing} for void elements. */
    static String openTag(JsxElement element, String name, boolean selfClosing, MdxRendering file, int line) {
        StringBuilder tag = new StringBuilder("<").append(name);
        for (JsxTag.Attribute attribute : element.attributes()) {
            appendAttribute(tag, attribute, file, line);
        }
        return tag.append(selfClosing ? " />" : ">").toString();
    }

    private static void appendAttribute(StringBuilder html, JsxTag.Attribute attribute, MdxRendering file, int line) {
        String name = attribute.name();
        if (name == null || DROPPED_PROPS.contains(name) || name.matches("on[A-Z].*")) {
            return;
        }
        String htmlName = switch (name) {
            case "className" -> "class";
            case "htmlFor" -> "for";
            default -> name.startsWith("aria-") || name.startsWith("data-") ? name : name.toLowerCase(Locale.ROOT);
        };
        String value = switch (attribute.kind()) {
            case BOOLEAN -> TRUE;
            case LITERAL -> attribute.value();
            default -> evaluate(attribute.value(), htmlName, file, line);
        };
        if (value == null) {
            return;
        }
        html.append(' ').append(htmlName);
        if (!value.equals(TRUE)) {
            html.append("=\"").append(Html.escapeAttribute(value)).append('"');
        }
    }

    /** The value of a JSX {@code {expression}} attribute, or null to leave the attribute out. */
    private static String evaluate(String expression, String attribute, MdxRendering file, int line) {
        String e = expression.strip();
        if (attribute.equals("style") && e.startsWith("{") && e.endsWith("}")) {
            return JsxStyle.toCss(e.substring(1, e.length() - 1));
        }
        String literal = Js.stringLiteral(e);
        if (literal != null) {
            return literal;
        }
        if (NUMBER.matcher(e).matches()) {
            return e;
        }
        switch (e) {
            case "true":
                return TRUE;
            case "false", "null", "undefined":
                return null;
            default:
                break;
        }
        Matcher require = REQUIRE.matcher(e);
        if (require.matches()) {
            return require.group("path");
        }
        Matcher base = USE_BASE_URL.matcher(e);
        if (base.matches()) {
            String path = base.group("path");
            return path.startsWith("/") ? file.baseUrl + path.substring(1) : path;
        }
        String binding = e.endsWith(".default") ? e.substring(0, e.length() - ".default".length()) : e;
        if (IDENTIFIER.matcher(binding).matches()) {
            String from = file.bindings.get(binding);
            if (from == null) {
                throw new QuireException(file.source, line, "{" + binding + "} is used but never imported; add "
                        + "`import " + binding + " from './file.png';` or fix the name");
            }
            return from;
        }
        file.diagnostics.warning(file.source, line, "the expression {" + MdxHtmlRenderer.abbreviate(e)
                + "} cannot run outside React; the attribute '" + attribute + "' is left out");
        return null;
    }

}
