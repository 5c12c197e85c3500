package dev.quire.plugin.images.scan;

import java.io.Serializable;

/**
 * A link in a post that may name a file of the site.
 *
 * @param link the link as the post gives it, import bindings already replaced by their path
 * @param use  whether the post shows the file as a picture or links to it
 * @param line the line of the post's source file, for messages
 * @param raw  whether the link is written in raw HTML or JSX, whose files Docusaurus does not check
 */
public record Reference(String link, Use use, int line, boolean raw) implements Serializable {

    /** A link written in Markdown, an import or the front matter. */
    public Reference(String link, Use use, int line) {
        this(link, use, line, false);
    }
}
