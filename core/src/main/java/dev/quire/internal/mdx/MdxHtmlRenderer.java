package dev.quire.internal.mdx;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.components.Details;
import dev.quire.internal.components.EmbedLink;
import dev.quire.internal.components.Tabs;
import dev.quire.internal.text.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the MDX nodes as a static page can show them: HTML-like JSX elements as HTML (with
 * React's names and values turned into HTML's), the Docusaurus components Quire knows
 * ({@code <Tabs>}, {@code <details>}, {@code <Admonition>}, {@code <TOCInline>}, admonitions),
 * and the children of any other component without it, with one warning per component and file.
 * Comments and ESM render as nothing; other expressions as written, with a warning.
 * Needs an {@link MdxRendering} attached to the document.
 */
public final class MdxHtmlRenderer implements HtmlRenderer.HtmlRendererExtension {

    /** The one form of the excerpt marker in rendered HTML. */
    public static final String TRUNCATE = "<!-- truncate -->";
    /** Where {@code <TOCInline />} stood; replaced by the table of contents after rendering. */
    public static final String TOC = "<!-- quire:toc -->";
    /** The class of the {@code <p>} that holds an admonition's title. */
    public static final String ADMONITION_TITLE_CLASS = "admonition-title";

    private static final Pattern HTML_TRUNCATE_COMMENT = Pattern.compile("<!--\\s*truncate\\s*-->");
    private static final Pattern TRUNCATE_COMMENT = Pattern.compile("/\\*\\s*truncate\\s*\\*/");
    /** Docusaurus's admonition types, with the aliases it keeps from older versions. */
    private static final Map<String, String> ADMONITION_TYPES = Map.of(
            "note", "note", "tip", "tip", "info", "info", "warning", "warning", "danger", "danger",
            "caution", "caution", "important", "important", "success", "tip", "secondary", "note");

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer(MdxRendering.of(options)));
    }

    private static final class Renderer implements NodeRenderer {

        private final MdxRendering file;

        Renderer(MdxRendering file) {
            this.file = file;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Esm.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(FlowExpression.class, (node, context, html) -> expression(node, node, html)),
                    new NodeRenderingHandler<>(TextExpression.class, (node, context, html) -> expression(node, node, html)),
                    new NodeRenderingHandler<>(JsxFlowElement.class, (node, context, html) -> element(node, node, context, html, true)),
                    new NodeRenderingHandler<>(JsxTextElement.class, (node, context, html) -> element(node, node, context, html, false)),
                    new NodeRenderingHandler<>(Admonition.class, this::admonition),
                    new NodeRenderingHandler<>(AdmonitionTitle.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, this::comment));
        }

        /** In CommonMark, {@code <!--truncate-->} in any spacing is the excerpt marker; other comments stay. */
        private void comment(HtmlCommentBlock comment, NodeRendererContext context, HtmlWriter html) {
            if (isTruncateMarker(comment)) {
                block(comment, html, TRUNCATE);
            } else {
                context.delegateRender();
            }
        }

        private MdxRendering file() {
            if (file == null) {
                throw new IllegalStateException("an MDX document is rendered without MdxRendering.attach");
            }
            return file;
        }

        private void expression(MdxExpression expression, Node node, HtmlWriter html) {
            String value = expression.value().strip();
            if (isTruncateMarker(expression)) {
                block(node, html, TRUNCATE);
            } else if (expression.isComment()) {
                return;
            } else if (Js.stringLiteral(value) != null) {
                html.text(Js.stringLiteral(value));
            } else {
                file().diagnostics.warning(file().source, line(node), "the expression {" + abbreviate(value)
                        + "} cannot run outside React; it is shown as written");
                block(node, html, Html.escape("{" + expression.value() + "}"));
            }
        }

        /** Raw HTML, on lines of its own when {@code node} is a block. */
        private static void block(Node node, HtmlWriter html, String raw) {
            boolean flow = node instanceof FlowExpression || node instanceof JsxFlowElement || node instanceof HtmlCommentBlock;
            if (flow) {
                html.line();
            }
            html.raw(raw);
            if (flow) {
                html.line();
            }
        }

        private void element(JsxElement element, Node node, NodeRendererContext context, HtmlWriter html, boolean flow) {
            String name = element.name();
            if (name == null) {
                context.renderChildren(node);
                return;
            }
            String from = file().bindings.get(name);
            if (from != null && from.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                String img = JsxHtml.openTag(element, "img", true, file(), line(node));
                block(node, html, img.contains(" src=\"") ? img : img.replaceFirst("^<img", "<img src=\"" + Html.escapeAttribute(from) + "\""));
                return;
            }
            switch (name) {
                case "TOCInline" -> block(node, html, TOC);
                case "Admonition" -> admonitionComponent(element, node, context, html);
                case "Tabs" -> tabs(element, node, context, html);
                case "details" -> details(element, node, context, html);
                default -> {
                    if (isComponent(name)) {
                        warnOnce(name, from, node);
                        java.util.Optional<String> embed = node.hasChildren() ? java.util.Optional.empty()
                                : EmbedLink.forComponent(name, stringProps(element));
                        if (embed.isPresent()) {
                            block(node, html, flow ? "<p>" + embed.get() + "</p>" : embed.get());
                        } else {
                            context.renderChildren(node);
                        }
                    } else {
                        html(element, node, context, html, flow);
                    }
                }
            }
        }

        private void html(JsxElement element, Node node, NodeRendererContext context, HtmlWriter html, boolean flow) {
            boolean isVoid = JsxHtml.isVoid(element.name());
            if (flow) {
                html.line();
            }
            html.raw(JsxHtml.openTag(element, element.name(), isVoid, file(), line(node)));
            if (!isVoid) {
                if (flow && node.getFirstChild() != null && node.getFirstChild() instanceof com.vladsch.flexmark.util.ast.Block) {
                    html.line();
                    context.renderChildren(node);
                    html.line();
                } else {
                    context.renderChildren(node);
                }
                html.raw("</" + element.name() + ">");
            }
            if (flow) {
                html.line();
            }
        }

        /** The string value of an attribute: a literal, or an expression that is a string literal; null otherwise. */
        private static String stringProp(JsxElement element, String name) {
            for (JsxTag.Attribute attribute : element.attributes()) {
                if (name.equals(attribute.name())) {
                    return switch (attribute.kind()) {
                        case LITERAL -> attribute.value();
                        case BOOLEAN -> "true";
                        case EXPRESSION -> Js.stringLiteral(attribute.value());
                        default -> null;
                    };
                }
            }
            return null;
        }

        /** The props whose values are strings, by name. */
        private static Map<String, String> stringProps(JsxElement element) {
            Map<String, String> props = new java.util.HashMap<>();
            for (JsxTag.Attribute attribute : element.attributes()) {
                String value = attribute.name() == null ? null : stringProp(element, attribute.name());
                if (value != null) {
                    props.putIfAbsent(attribute.name(), value);
                }
            }
            return props;
        }

        private static boolean flagProp(JsxElement element, String name) {
            for (JsxTag.Attribute attribute : element.attributes()) {
                if (name.equals(attribute.name())) {
                    return attribute.kind() == JsxTag.Kind.BOOLEAN
                            || attribute.kind() == JsxTag.Kind.EXPRESSION && attribute.value().strip().equals("true");
                }
            }
            return false;
        }

        /** {@code <Tabs>} with its {@code <TabItem>}s; anything else inside is left out, as Docusaurus refuses it. */
        private void tabs(JsxElement element, Node node, NodeRendererContext context, HtmlWriter html) {
            List<Tabs.Item> items = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                Node item = child;
                if (child instanceof com.vladsch.flexmark.ast.Paragraph && child.getFirstChild() instanceof JsxElement
                        && child.getFirstChild().getNext() == null) {
                    item = child.getFirstChild();
                }
                if (item instanceof JsxElement tab && "TabItem".equals(tab.name())) {
                    items.add(new Tabs.Item(stringProp(tab, "value"), stringProp(tab, "label"), flagProp(tab, "default"),
                            renderChildren(item, context)));
                }
            }
            try {
                block(node, html, Tabs.render(file().nextTabsId(), items, stringProp(element, "groupId")).strip());
            } catch (IllegalArgumentException e) {
                throw new QuireException(file().source, line(node), e.getMessage());
            }
        }

        /** {@code <details>}: its {@code <summary>} child is the summary, the rest is the content. */
        private void details(JsxElement element, Node node, NodeRendererContext context, HtmlWriter html) {
            String summary = null;
            StringBuilder children = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                Node only = child instanceof com.vladsch.flexmark.ast.Paragraph && child.getFirstChild() == child.getLastChild()
                        ? child.getFirstChild() : child;
                if (summary == null && only instanceof JsxElement s && "summary".equals(s.name())) {
                    summary = renderChildren(only, context);
                } else {
                    children.append(render(child, context));
                }
            }
            block(node, html, Details.render(summary, children.toString(), flagProp(element, "open")).strip());
        }

        private void admonition(Admonition node, NodeRendererContext context, HtmlWriter html) {
            AdmonitionTitle title = node.title();
            String titleHtml = title == null ? null : renderChildren(title, context).strip();
            admonitionBox(node.type(), titleHtml, node, context, html);
        }

        /** Docusaurus's {@code <Admonition type="tip" title="…">}: the same HTML as {@code :::tip[…]}. */
        private void admonitionComponent(JsxElement element, Node node, NodeRendererContext context, HtmlWriter html) {
            String title = stringProp(element, "title");
            admonitionBox(stringProp(element, "type"), title == null ? null : Html.escape(title.strip()), node, context, html);
        }

        private void admonitionBox(String type, String titleHtml, Node node, NodeRendererContext context, HtmlWriter html) {
            String kind = type == null ? "note" : ADMONITION_TYPES.getOrDefault(type.toLowerCase(Locale.ROOT), "note");
            // A ':::note' in a .md file has no MdxRendering: it gets the English title.
            Map<String, String> titles = file == null ? Map.of() : file.admonitionTitles;
            String shown = titleHtml == null || titleHtml.isBlank()
                    ? Html.escape(titles.getOrDefault(kind, capitalize(kind))) : titleHtml;
            html.line().raw("<div class=\"admonition admonition-" + kind + "\"><p class=\"" + ADMONITION_TITLE_CLASS
                    + "\">" + shown + "</p>").line();
            context.renderChildren(node);
            html.line().raw("</div>").line();
        }

        private void warnOnce(String component, String from, Node node) {
            if (file().firstUseOf(component)) {
                String origin = from == null ? "" : " (imported from '" + from + "')";
                file().diagnostics.warning(file().source, line(node), "<" + component + ">" + origin
                        + " is a React component that cannot run outside React; its content is shown without it");
            }
        }

        private int line(Node node) {
            return file().lineOf(node.getStartOffset());
        }

        /** The children rendered together, so that the spaces between inline children stay. */
        private static String renderChildren(Node node, NodeRendererContext context) {
            return rendered(context, sub -> sub.renderChildren(node));
        }

        /** One node rendered on its own, for a component that arranges its children's HTML itself. */
        private static String render(Node node, NodeRendererContext context) {
            return rendered(context, sub -> sub.render(node));
        }

        private static String rendered(NodeRendererContext context, java.util.function.Consumer<NodeRendererContext> render) {
            NodeRendererContext sub = context.getSubContext(false);
            render.accept(sub);
            HtmlWriter writer = sub.getHtmlWriter();
            writer.line();
            return writer.toString(0, -1);
        }
    }

    /**
     * Whether a parsed document has the excerpt marker: {@code {/* truncate *&#47;}} or
     * {@code <!-- truncate -->} in MDX, {@code <!-- truncate -->} in CommonMark.
     */
    public static boolean hasTruncateMarker(Node document) {
        return Descendants.any(document, node -> node instanceof MdxExpression expression && isTruncateMarker(expression)
                || node instanceof HtmlCommentBlock comment && isTruncateMarker(comment));
    }

    private static boolean isTruncateMarker(HtmlCommentBlock comment) {
        return HTML_TRUNCATE_COMMENT.matcher(comment.getChars().toString().strip()).matches();
    }

    private static boolean isTruncateMarker(MdxExpression expression) {
        return TRUNCATE_COMMENT.matcher(expression.value().strip()).matches();
    }

    /** A component name: capitalised or with a dot ({@code <Foo>}, {@code <a.b>}); the rest are HTML elements. */
    static boolean isComponent(String name) {
        return Character.isUpperCase(name.charAt(0)) || name.contains(".");
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String abbreviate(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
