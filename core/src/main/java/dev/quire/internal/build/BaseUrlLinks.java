package dev.quire.internal.build;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.model.Content;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Puts the site's base URL in front of the absolute links authors write, as Docusaurus's
 * {@code Link} does: on a site under {@code /site/}, {@code [x](/blog/x)}, {@code ![](/img/a.png)}
 * and {@code <a href="/docs/y">} lead to {@code /site/blog/x}, {@code /site/img/a.png} and
 * {@code /site/docs/y}. Links that already start with the base URL, relative links, anchors and
 * URLs with a scheme or a host stay as written. Works on the AST, on Markdown link and image nodes
 * and on the {@code href} and {@code src} of raw HTML, before plugins and the link check see them.
 */
final class BaseUrlLinks {

    private static final Set<String> ATTRIBUTES = Set.of("href", "src");

    private BaseUrlLinks() {
    }

    /** Rewrites the links of {@code content}'s AST for a site under {@code baseUrl}; nothing to do under {@code /}. */
    static void prefix(Content content, String baseUrl) {
        if (baseUrl.equals("/") || content.document() == null) {
            return;
        }
        for (Node node : content.document().getDescendants()) {
            if (node instanceof LinkNodeBase link && needsBase(link.getUrl().toString(), baseUrl)) {
                link.setUrl(BasedSequence.of(withBase(link.getUrl().toString(), baseUrl)));
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                String html = node.getChars().toString();
                String rewritten = prefixHtml(html, baseUrl);
                if (!rewritten.equals(html)) {
                    BasedSequence chars = BasedSequence.of(rewritten);
                    node.setChars(chars);
                    if (node instanceof HtmlBlock block) {
                        block.setContent(chars, List.of(chars));
                    }
                }
            }
        }
    }

    /** {@code html} with the base URL before each absolute {@code href} and {@code src}; the rest as written. */
    static String prefixHtml(String html, String baseUrl) {
        if (!html.contains("=")) {
            return html;
        }
        List<Integer> starts = new ArrayList<>();
        for (Element element : Parser.htmlParser().setTrackPosition(true).parseInput(html, "").getAllElements()) {
            for (String name : ATTRIBUTES) {
                if (element.hasAttr(name) && needsBase(element.attr(name).strip(), baseUrl)) {
                    Range value = element.attributes().sourceRange(name).valueRange();
                    int at = value.isTracked() ? value.startPos() : -1;
                    while (at >= 0 && at < html.length() && Character.isWhitespace(html.charAt(at))) {
                        at++;
                    }
                    // Only where the value is written as it reads, so that an escaped one is never cut.
                    if (at >= 0 && html.startsWith("/", at)) {
                        starts.add(at);
                    }
                }
            }
        }
        starts.sort(Comparator.reverseOrder());
        StringBuilder out = new StringBuilder(html);
        starts.forEach(at -> out.insert((int) at, baseUrl, 0, baseUrl.length() - 1));
        return out.toString();
    }

    private static boolean needsBase(String url, String baseUrl) {
        return url.startsWith("/") && !url.startsWith("//") && !url.startsWith(baseUrl)
                && !url.equals(baseUrl.substring(0, baseUrl.length() - 1));
    }

    private static String withBase(String url, String baseUrl) {
        return baseUrl + url.substring(1);
    }
}
