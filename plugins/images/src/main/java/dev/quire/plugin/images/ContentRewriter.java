package dev.quire.plugin.images;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.model.Content;
import dev.quire.plugin.images.asset.Asset;
import dev.quire.plugin.images.asset.AssetCatalog;
import dev.quire.plugin.images.html.ImageAttributes;
import dev.quire.plugin.images.html.StartTag;
import dev.quire.plugin.images.scan.ContentScan;
import dev.quire.plugin.images.scan.HtmlTag;
import dev.quire.plugin.images.scan.Reference;
import dev.quire.plugin.images.scan.SiteFile;
import dev.quire.plugin.images.scan.Slot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attributes;

/**
 * Rewrites one post's AST with the published files: Markdown images become {@code <img>} tags with
 * every attribute, links point at the published file, and in raw HTML only the tags that change
 * are rewritten. Also sets the post's cover. Reads only shared state that no longer changes, so
 * it runs for many posts at once.
 */
final class ContentRewriter {

    private final AssetCatalog catalog;
    private final ImageAttributes imageAttributes;

    ContentRewriter(AssetCatalog catalog, ImageAttributes imageAttributes) {
        this.catalog = catalog;
        this.imageAttributes = imageAttributes;
    }

    /** Rewrites the places {@code scan} found in the content's AST, as {@code plan} says. */
    void rewrite(Content content, ContentScan scan, PostPlan plan) {
        int pictures = 0;
        for (Slot slot : scan.slots()) {
            if (slot instanceof Slot.MarkdownImage image) {
                replaceImage(image, asset(plan, image.reference()), pictures++ > 0);
            } else if (slot instanceof Slot.MarkdownLink link) {
                Asset asset = asset(plan, link.reference());
                if (asset != null) {
                    setUrl(link.node(), asset.url());
                }
            } else if (slot instanceof Slot.Html html) {
                pictures = rewriteHtml(html, plan, pictures);
            }
        }
        setCover(content, plan.cover());
    }

    private Asset asset(PostPlan plan, Reference reference) {
        SiteFile file = plan.files().get(reference);
        return file == null ? null : catalog.get(file.file()).orElse(null);
    }

    private void replaceImage(Slot.MarkdownImage image, Asset asset, boolean lazy) {
        Attributes attributes = new Attributes();
        attributes.put("src", image.reference().link());
        attributes.put("alt", image.alt());
        if (image.title() != null) {
            attributes.put("title", image.title());
        }
        imageAttributes.complete(attributes, asset, lazy);
        HtmlInline html = new HtmlInline(BasedSequence.of(StartTag.of("img", attributes, false)));
        image.node().insertBefore(html);
        image.node().unlink();
    }

    private static void setUrl(Node node, String url) {
        BasedSequence chars = BasedSequence.of(url);
        if (node instanceof Link link) {
            link.setUrl(chars);
        } else {
            ((com.vladsch.flexmark.ast.Reference) node).setUrl(chars);
        }
    }

    /** Splices rewritten tags into the HTML, leaving every other character as written; returns the picture count. */
    private int rewriteHtml(Slot.Html html, PostPlan plan, int picturesBefore) {
        int pictures = picturesBefore;
        String text = html.html();
        StringBuilder out = new StringBuilder(text.length() + 128);
        int last = 0;
        for (HtmlTag tag : html.tags()) {
            Attributes attributes = tag.attributes().clone();
            Asset image = null;
            for (Map.Entry<String, Reference> entry : tag.references().entrySet()) {
                Asset asset = asset(plan, entry.getValue());
                if (asset != null) {
                    attributes.put(entry.getKey(), asset.url());
                    image = entry.getKey().equals("src") ? asset : image;
                }
            }
            if (tag.isImage()) {
                imageAttributes.complete(attributes, image, pictures++ > 0);
            }
            out.append(text, last, tag.start());
            out.append(attributes.equals(tag.attributes()) ? text.substring(tag.start(), tag.end())
                    : StartTag.of(tag.name(), attributes, tag.selfClosing()));
            last = tag.end();
        }
        out.append(text, last, text.length());
        String rewritten = out.toString();
        if (!rewritten.equals(text)) {
            BasedSequence chars = BasedSequence.of(rewritten);
            html.node().setChars(chars);
            if (html.node() instanceof HtmlBlock block) {
                block.setContent(chars, List.of(chars));
            }
        }
        return pictures;
    }

    private void setCover(Content content, PostPlan.CoverSource cover) {
        if (cover == null) {
            return;
        }
        if (cover.file() == null) {
            content.setImage(cover.url());
            content.data().put("cover", new Cover(cover.url(), null, null, null, null, null, false, null));
            return;
        }
        catalog.get(cover.file().file()).ifPresent(asset -> {
            content.setImage(asset.url());
            var header = asset.header();
            Long length = sizeOf(asset.source());
            content.data().put("cover", header == null
                    ? new Cover(asset.url(), null, null, null, cover.alt(), null, cover.shown(), length)
                    : new Cover(asset.url(), header.width(), header.height(), header.format().mimeType(), cover.alt(),
                            ImageAttributes.srcset(asset), cover.shown(), length));
        });
    }

    /** The size of a file the site publishes as it is (assets are copies of their sources), or null when unreadable. */
    private static Long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }
}
