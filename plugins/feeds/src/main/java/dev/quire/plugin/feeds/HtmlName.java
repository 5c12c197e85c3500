package dev.quire.plugin.feeds;

/**
 * A short stand-in for an HTML text in what feeds are keyed by: its length and hash. The HTML of a
 * post that did not change is the very string of the last build, whose hash Java keeps, so naming
 * it costs nothing; keys hold the revision of the post or its URL too, so two versions of one post
 * would have to agree on both length and hash to be taken for each other.
 */
final class HtmlName {

    private HtmlName() {
    }

    /** The name of {@code html}, or {@code null} for none. */
    static String of(String html) {
        return html == null ? null : html.length() + ":" + Integer.toHexString(html.hashCode());
    }
}
