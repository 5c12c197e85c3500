package dev.quire.plugin.feeds;

import java.io.Serializable;
import java.util.Locale;

/**
 * A post's cover image as feeds carry it: an enclosure, a media thumbnail, a JSON Feed image.
 *
 * @param url       the image's absolute URL
 * @param mediaType the image's media type from its file name, or {@code null} when unknown
 */
record CoverImage(String url, String mediaType) implements Serializable {

    /**
     * The cover of a post whose page is at {@code base}, or {@code null} without one.
     *
     * @param image {@link dev.quire.model.Content#image()}: a URL, a site path or a relative path
     */
    static CoverImage of(String image, String base) {
        if (image == null || image.isBlank()) {
            return null;
        }
        String url = AbsoluteUrls.resolve(base, image);
        return new CoverImage(url, mediaTypeOf(url));
    }

    private static String mediaTypeOf(String url) {
        String path = url.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return switch (extension) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "svg" -> "image/svg+xml";
            default -> null;
        };
    }
}
