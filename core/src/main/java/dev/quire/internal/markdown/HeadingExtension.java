package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.quire.internal.text.Html;
import java.util.Set;

/**
 * Renders headings with their anchor ({@link Heading#getAnchorRefId()}, set by {@link Markdown})
 * and a link to it after the text, as Docusaurus does. The link comes after the text, not around
 * it, because headings of paper reviews are often links themselves.
 */
final class HeadingExtension implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, (node, context, html) -> {
                String tag = "h" + node.getLevel();
                String id = node.getAnchorRefId();
                html.line();
                if (id != null && !id.isEmpty()) {
                    html.attr("id", id);
                }
                html.withAttr().tag(tag);
                context.renderChildren(node);
                if (id != null && !id.isEmpty()) {
                    String label = Html.escapeAttribute(Markdown.plainText(node));
                    html.raw("<a class=\"hash-link\" href=\"#" + Html.escapeAttribute(id)
                            + "\" aria-label=\"" + label + "\" title=\"" + label + "\">#</a>");
                }
                html.tag("/" + tag).line();
            }));
        }
    }
}
