package dev.quire.plugin.cards;

/**
 * A post's social card, as themes find it: {@code post.data.card}. It has the parts of the images
 * plugin's cover that link previews use, so a theme can take whichever the post has.
 *
 * @param url    the URL path with the base URL, e.g. {@code /blog/2025/11/28/review/card.1a2b3c4d.png}
 * @param width  the width in pixels
 * @param height the height in pixels
 * @param type   the media type, {@code image/png}
 * @param alt    a text for the picture: the post's title
 */
public record Card(String url, int width, int height, String type, String alt) {
}
