package dev.quire.model;

/**
 * A tag of posts.
 *
 * @param label       the tag as the author wrote it
 * @param key         the URL segment of the tag, e.g. {@code machine-learning}
 * @param permalink   the tag page's path from the site root, with the base URL, e.g.
 *                    {@code /blog/tags/machine-learning}; it ends with a slash only when the
 *                    tag's own permalink does, as in Docusaurus
 * @param description an optional sentence about the tag, or {@code null}
 */
public record Tag(String label, String key, String permalink, String description) implements java.io.Serializable {

    /** The tag page's path with a trailing slash, ready for an {@code href} (see {@link Content#url()}). */
    public String url() {
        return Urls.encodeForHtml(Urls.directory(permalink));
    }
}
