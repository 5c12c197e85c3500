package dev.quire.plugin.images;

/**
 * A post's cover image, for {@code og:image}, Twitter cards, index cards and feeds. Themes find it
 * as {@code post.data.cover}; {@code post.image} holds the same URL.
 *
 * @param url    the URL path with the base URL ({@code /assets/images/fig.1a2b3c4d.png}), or an
 *               absolute URL given in the front matter
 * @param width  the width in pixels, or {@code null} when unknown
 * @param height the height in pixels, or {@code null} when unknown
 * @param type   the media type, e.g. {@code image/png}, or {@code null} when unknown
 * @param alt    the image's alternative text from the post, or {@code null}
 * @param srcset the resized copies as an {@code srcset} value for cards, or {@code null} when none
 * @param shown  true when the post's text already shows the picture, so a theme need not show it
 *               again at the top of the post
 * @param length the size of the published file in bytes (a feed's enclosure gives it), or
 *               {@code null} when unknown
 */
public record Cover(String url, Integer width, Integer height, String type, String alt, String srcset,
        boolean shown, Long length) {
}
