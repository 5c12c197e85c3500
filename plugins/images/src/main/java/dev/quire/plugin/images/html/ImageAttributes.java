package dev.quire.plugin.images.html;

import dev.quire.plugin.images.asset.Asset;
import dev.quire.plugin.images.probe.ImageHeader;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attributes;

/**
 * Completes the attributes of an {@code <img>}: the published {@code src}, a {@code width} and
 * {@code height} so the page does not jump while it loads, {@code srcset}/{@code sizes} where
 * there are resized copies, and lazy loading for all but the first picture of a post. What the
 * author wrote wins: their {@code width} sets the scale, their {@code srcset}, {@code sizes} and
 * {@code loading} stay.
 */
public final class ImageAttributes {

    private final String defaultSizes;

    /** @param defaultSizes the {@code sizes} for images the author gave no width */
    public ImageAttributes(String defaultSizes) {
        this.defaultSizes = defaultSizes;
    }

    /**
     * @param asset the published file, or {@code null} for an image that is not a file of the site
     * @param lazy  true for every picture but the first of a post
     */
    public void complete(Attributes attributes, Asset asset, boolean lazy) {
        if (asset != null) {
            attributes.put("src", asset.url());
            if (asset.header() != null) {
                size(attributes, asset.header());
                srcset(attributes, asset);
            }
        }
        if (lazy) {
            putIfAbsent(attributes, "loading", "lazy");
            putIfAbsent(attributes, "decoding", "async");
        }
    }

    /**
     * The image's own size, or the author's width or height with the other to scale. A size the
     * author wrote in a form HTML does not know ({@code 50%}) is left alone.
     */
    private static void size(Attributes attributes, ImageHeader header) {
        Integer width = pixels(attributes.get("width"));
        Integer height = pixels(attributes.get("height"));
        boolean unreadable = width == null && attributes.hasKey("width") || height == null && attributes.hasKey("height");
        if (unreadable) {
            return;
        }
        if (width != null && height == null) {
            attributes.put("height", String.valueOf(header.heightAt(width)));
        } else if (height != null && width == null) {
            attributes.put("width", String.valueOf(header.widthAt(height)));
        } else if (width == null) {
            attributes.put("width", String.valueOf(header.width()));
            attributes.put("height", String.valueOf(header.height()));
        }
    }

    /** The {@code srcset} of an image with resized copies: each copy and the image itself; null without copies. */
    public static String srcset(Asset asset) {
        if (asset.variants().isEmpty() || asset.header() == null) {
            return null;
        }
        return asset.variants().stream().map(v -> v.url() + " " + v.width() + "w")
                .collect(Collectors.joining(", ")) + ", " + asset.url() + " " + asset.header().width() + "w";
    }

    private void srcset(Attributes attributes, Asset asset) {
        String srcset = srcset(asset);
        if (srcset == null || attributes.hasKey("srcset")) {
            return;
        }
        attributes.put("srcset", srcset);
        if (!attributes.hasKey("sizes")) {
            Integer width = pixels(attributes.get("width"));
            boolean authorWidth = width != null && width < asset.header().width();
            attributes.put("sizes", authorWidth ? "(max-width: " + width + "px) 100vw, " + width + "px" : defaultSizes);
        }
    }

    /** A length in CSS pixels as HTML allows it in {@code width}/{@code height}: digits, maybe {@code px}. */
    private static Integer pixels(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith("px")) {
            v = v.substring(0, v.length() - 2).strip();
        }
        if (!v.matches("\\d{1,6}") || Integer.parseInt(v) == 0) {
            return null;
        }
        return Integer.parseInt(v);
    }

    private static void putIfAbsent(Attributes attributes, String key, String value) {
        if (!attributes.hasKey(key)) {
            attributes.put(key, value);
        }
    }
}
