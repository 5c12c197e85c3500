package dev.quire.plugin.feeds;

import dev.quire.plugin.PluginData;
import java.io.Serializable;
import java.util.Locale;

/**
 * A post's cover image as feeds carry it: an enclosure, a media thumbnail, a JSON Feed image.
 *
 * @param url       the image's absolute URL
 * @param mediaType the image's media type from its file name, or {@code null} when unknown
 * @param length    the image file's size in bytes, or {@code null} when unknown
 */
record CoverImage(String url, String mediaType, Long length) implements Serializable {

    /** The key under which posts carry what another plugin (images) knows of their cover. */
    static final String DATA_KEY = "cover";

    /**
     * The cover of a post whose page is at {@code base}, or {@code null} without one.
     *
     * @param image {@link dev.quire.model.Content#image()}: a URL, a site path or a relative path
     * @param cover {@code post.data().get("cover")}: a record or map whose {@code url} is
     *              {@code image} and whose {@code length} is the file's size, or {@code null}
     */
    static CoverImage of(String image, String base, Object cover) {
        if (image == null || image.isBlank()) {
            return null;
        }
        String url = AbsoluteUrls.resolve(base, image);
        boolean same = image.equals(String.valueOf(PluginData.property(cover, "url")));
        Object length = same ? PluginData.property(cover, "length") : null;
        return new CoverImage(url, mediaTypeOf(url), length instanceof Number bytes ? bytes.longValue() : null);
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
