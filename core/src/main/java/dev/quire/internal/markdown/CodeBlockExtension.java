package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.quire.internal.text.Html;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Renders fenced code as Docusaurus's theme shows it: a title bar ({@code title="file.js"}),
 * highlighted lines ({@code {1,3-5}} or magic comments, which are taken out of the code) and line
 * numbers ({@code showLineNumbers}). The code itself stays plain text in {@code <code
 * class="language-…">}, for the theme's highlighter and copy button; highlighted lines and numbers
 * are a layer of empty, hidden lines behind it, so they need no script and are never copied.
 * With diagrams on, a {@code mermaid} fence becomes {@code <pre class="mermaid">} with its source,
 * which a script draws and which reads as code without one.
 */
final class CodeBlockExtension implements HtmlRenderer.HtmlRendererExtension {

    /** The class of a diagram's {@code <pre>}: themes load the diagram script when a page has it. */
    static final String MERMAID_CLASS = "mermaid";

    private final boolean mermaid;

    CodeBlockExtension(boolean mermaid) {
        this.mermaid = mermaid;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
                CodeFence fence = CodeFence.of(node.getInfo().toString());
                List<String> lines = node.getContentChars().toString().lines().toList();
                // Inside <pre> the writer must keep each line's leading spaces.
                html.line().openPre();
                if (mermaid && fence.language().equals(MERMAID_CLASS)) {
                    html.raw("<pre class=\"" + MERMAID_CLASS + "\">" + Html.escape(String.join("\n", lines)) + "</pre>");
                } else {
                    render(fence, lines, html);
                }
                html.closePre().line();
            }));
        }
    }

    private static void render(CodeFence fence, List<String> source, HtmlWriter html) {
        List<String> lines = source;
        BitSet highlighted = fence.highlightedLines();
        if (highlighted == null) {
            MagicComments.Result result = MagicComments.apply(fence.language(), source);
            lines = result.lines();
            highlighted = result.highlighted();
        }
        boolean numbered = fence.firstLineNumber().isPresent();
        boolean decorated = numbered || !highlighted.isEmpty();
        if (fence.title() != null) {
            html.raw("<div class=\"code-block\"><div class=\"code-title\">" + Html.escape(fence.title()) + "</div>");
        }
        html.raw("<pre");
        if (numbered) {
            html.raw(" class=\"code-block--numbered\" style=\"counter-reset: code-line "
                    + (fence.firstLineNumber().getAsInt() - 1) + "\"");
        }
        html.raw(">");
        if (decorated) {
            html.raw("<span class=\"code-lines\" aria-hidden=\"true\">");
            for (int line = 1; line <= lines.size(); line++) {
                html.raw(highlighted.get(line) ? "<span class=\"code-line code-line--highlighted\"></span>"
                        : "<span class=\"code-line\"></span>");
            }
            html.raw("</span>");
        }
        html.raw(fence.language().isEmpty() ? "<code>"
                : "<code class=\"language-" + Html.escapeAttribute(fence.language()) + "\">");
        for (String line : lines) {
            html.raw(Html.escape(line)).raw("\n");
        }
        html.raw("</code></pre>");
        if (fence.title() != null) {
            html.raw("</div>");
        }
    }
}
