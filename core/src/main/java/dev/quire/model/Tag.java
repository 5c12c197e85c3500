package dev.quire.model;

/**
 * A tag of posts.
 *
 * @param label       the tag as the author wrote it
 * @param key         the URL segment of the tag, e.g. {@code machine-learning}
 * @param permalink   the tag page's path from the site root, with the base URL, e.g.
 *                    {@code /blog/tags/machine-learning}; it ends with a slash only when the
 *                    tag's own permalink does, as in Docusaurus
 * @param url         the tag page's path as links give it, ready for an {@code href} (see {@link Content#url()})
 * @param description an optional sentence about the tag, or {@code null}
 */
public record Tag(String label, String key, String permalink, String url, String description)
        implements java.io.Serializable {
}
