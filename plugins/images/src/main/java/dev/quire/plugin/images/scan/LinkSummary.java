package dev.quire.plugin.images.scan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a post's scan found, without its AST: enough to plan the post. It depends on nothing but
 * the post's file, so it can be remembered per version of the file and a later build plans an
 * unchanged post without parsing it again.
 *
 * @param references       every link that may name a file, in document order
 * @param pictures         the pictures the text shows (Markdown images, {@code <img src>}), in document order
 * @param frontMatterImage the front matter {@code image} as a reference, or {@code null}
 */
public record LinkSummary(List<Reference> references, List<Picture> pictures, Reference frontMatterImage)
        implements Serializable {

    public LinkSummary {
        references = List.copyOf(references);
        pictures = List.copyOf(pictures);
    }

    /**
     * A picture the text shows.
     *
     * @param alt its alternative text, or {@code null} when an {@code <img>} has none
     */
    public record Picture(Reference reference, String alt) implements Serializable {
    }

    public static LinkSummary of(ContentScan scan) {
        List<Reference> references = new ArrayList<>();
        List<Picture> pictures = new ArrayList<>();
        for (Slot slot : scan.slots()) {
            references.addAll(slot.references());
            if (slot instanceof Slot.MarkdownImage image) {
                pictures.add(new Picture(image.reference(), image.alt()));
            } else if (slot instanceof Slot.Html html) {
                for (HtmlTag tag : html.tags()) {
                    Reference src = tag.references().get("src");
                    if (tag.isImage() && src != null) {
                        pictures.add(new Picture(src, tag.attributes().hasKey("alt") ? tag.attributes().get("alt") : null));
                    }
                }
            }
        }
        return new LinkSummary(references, pictures, scan.frontMatterImage());
    }

    /** False when nothing here can name a file of the site (no link, or only URLs and anchors). */
    public boolean mayNameFile() {
        return frontMatterImage != null || references.stream().anyMatch(r -> LinkResolver.mayNameFile(r.link()));
    }
}
