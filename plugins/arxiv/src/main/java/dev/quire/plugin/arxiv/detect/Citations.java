package dev.quire.plugin.arxiv.detect;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finds every place a Markdown document names a paper, in document order: links (inline,
 * autolinks, reference links), {@code arXiv:ID} in text, and {@code <a href>} in raw HTML.
 * Code (inline, fenced, indented, and {@code <code>}/{@code <pre>} in raw HTML) is never looked into.
 * Reads the AST only; safe to run on many documents at once.
 */
public final class Citations {

    private static final Pattern RAW_ANCHOR_OPEN = Pattern.compile("(?is)^<a[\\s>].*");
    private static final Pattern RAW_ANCHOR_CLOSE = Pattern.compile("(?is)^</a\\s*>$");
    private static final Pattern HREF = Pattern.compile("(?i)href");

    private Citations() {
    }

    public static List<Citation> in(Document document) {
        List<Citation> found = new ArrayList<>();
        visitChildren(document, document, false, found);
        return found;
    }

    /**
     * Visits the children of {@code parent} in order. Inline raw HTML opens and closes anchors
     * between sibling nodes, so whether a text is inside a link is tracked along the siblings.
     */
    private static void visitChildren(Document document, Node parent, boolean insideLink, List<Citation> found) {
        boolean insideRawAnchor = false;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html) {
                String tag = html.getChars().toString().strip();
                if (RAW_ANCHOR_OPEN.matcher(tag).matches()) {
                    insideRawAnchor = true;
                    rawAnchors(tag, node, found);
                } else if (RAW_ANCHOR_CLOSE.matcher(tag).matches()) {
                    insideRawAnchor = false;
                }
            } else {
                visit(document, node, insideLink || insideRawAnchor, found);
            }
        }
    }

    private static void visit(Document document, Node node, boolean insideLink, List<Citation> found) {
        if (isCode(node)) {
            return;
        }
        if (node instanceof Text text) {
            for (PaperLinks.Mention mention : PaperLinks.inText(text.getChars())) {
                found.add(Citation.mention(mention, text, insideLink));
            }
            return;
        }
        if (node instanceof HtmlBlock) {
            rawAnchors(node.getChars().toString(), node, found);
            return;
        }
        if (node instanceof Image || node instanceof ImageRef) {
            // An image's text is its alt text: a mention there must not become a link.
            visitChildren(document, node, true, found);
            return;
        }
        Optional<String> url = linkUrl(document, node);
        if (url.isPresent()) {
            PaperLinks.inUrl(url.get()).ifPresent(paper -> found.add(Citation.link(paper.id(), node, paper.host())));
            visitChildren(document, node, true, found);
            return;
        }
        visitChildren(document, node, insideLink, found);
    }

    private static boolean isCode(Node node) {
        return node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock;
    }

    /** The URL of a link node; empty for nodes that are not links (or reference links left undefined). */
    private static Optional<String> linkUrl(Document document, Node node) {
        if (node instanceof Link || node instanceof AutoLink) {
            return Optional.of(((LinkNodeBase) node).getUrl().unescape());
        }
        if (node instanceof LinkRef ref && ref.isDefined()) {
            Reference reference = ref.getReferenceNode(document);
            return reference == null ? Optional.empty() : Optional.of(reference.getUrl().unescape());
        }
        return Optional.empty();
    }

    private static void rawAnchors(String html, Node node, List<Citation> found) {
        if (!HREF.matcher(html).find()) {
            return;
        }
        for (Element anchor : Jsoup.parseBodyFragment(html).select("a[href]")) {
            if (anchor.closest("code, pre") == null) {
                PaperLinks.inUrl(anchor.attr("href")).ifPresent(paper ->
                        found.add(Citation.html(paper.id(), node, paper.host())));
            }
        }
    }
}
