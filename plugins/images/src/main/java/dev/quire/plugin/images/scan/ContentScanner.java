package dev.quire.plugin.images.scan;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.model.Content;
import dev.quire.model.MdxImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Walks a post's AST and collects every place that may name a file. */
public final class ContentScanner {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private ContentScanner() {
    }

    public static ContentScan scan(Content content) {
        Map<String, String> bindings = new HashMap<>();
        for (MdxImport mdxImport : content.imports()) {
            bindings.put(mdxImport.binding(), mdxImport.from());
        }
        List<Slot> slots = new ArrayList<>();
        Document document = content.document();
        if (document != null) {
            for (Node node : document.getDescendants()) {
                Slot slot = slot(content, document, node, bindings);
                if (slot != null) {
                    slots.add(slot);
                }
            }
        }
        Reference cover = content.image() == null || content.image().isBlank() ? null
                : new Reference(content.image().strip(), Use.IMAGE, FrontMatterLines.lineOf(content.file(), "image"));
        return new ContentScan(List.copyOf(slots), content.imports(), cover);
    }

    private static Slot slot(Content content, Document document, Node node, Map<String, String> bindings) {
        if (node instanceof Image image) {
            Reference reference = new Reference(link(image.getUrl(), bindings), Use.IMAGE, content.lineOf(node));
            return new Slot.MarkdownImage(node, reference, altText(node), title(image.getTitle()));
        }
        if (node instanceof ImageRef imageRef && imageRef.isDefined()) {
            com.vladsch.flexmark.ast.Reference definition = imageRef.getReferenceNode(document);
            if (definition == null) {
                return null;
            }
            Reference reference = new Reference(link(definition.getUrl(), bindings), Use.IMAGE, content.lineOf(node));
            return new Slot.MarkdownImage(node, reference, altText(node), title(definition.getTitle()));
        }
        if (node instanceof Link || node instanceof com.vladsch.flexmark.ast.Reference) {
            BasedSequence url = node instanceof Link link ? link.getUrl() : ((com.vladsch.flexmark.ast.Reference) node).getUrl();
            return new Slot.MarkdownLink(node, new Reference(link(url, bindings), Use.FILE, content.lineOf(node)));
        }
        if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            // flexmark renders an HTML block from its content lines, an inline one from its characters.
            String html = (node instanceof HtmlBlock block ? block.getContentChars() : node.getChars()).toString();
            int firstLine = node.getStartLineNumber();
            List<HtmlTag> tags = HtmlTagFinder.find(html,
                    offset -> content.lineOfParsedLine(firstLine + newlinesBefore(html, offset)));
            return tags.isEmpty() ? null : new Slot.Html(node, html, tags);
        }
        return null;
    }

    /** The URL as written, or the imported path when it is a bare import binding: {@code ![alt](fig)}. */
    private static String link(BasedSequence url, Map<String, String> bindings) {
        String text = url.unescape().strip();
        String bound = IDENTIFIER.matcher(text).matches() ? bindings.get(text) : null;
        return bound != null ? bound : text;
    }

    private static String altText(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image);
    }

    private static String title(BasedSequence title) {
        String text = title.unescape();
        return text.isEmpty() ? null : text;
    }

    private static int newlinesBefore(String text, int offset) {
        int count = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
