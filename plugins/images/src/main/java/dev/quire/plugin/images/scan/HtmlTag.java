package dev.quire.plugin.images.scan;

import java.util.Map;
import org.jsoup.nodes.Attributes;

/**
 * A start tag inside a raw HTML node that links to a file, e.g. {@code <img src="./x.png">}.
 *
 * @param start       where the tag starts in the node's text
 * @param end         just after the tag's {@code >}
 * @param name        the element name, lower case
 * @param attributes  its attributes as written (names lower case, values decoded)
 * @param selfClosing true when written {@code <img … />}
 * @param references  the linking attributes ({@code src}, {@code href}, {@code poster}) and their references
 */
public record HtmlTag(int start, int end, String name, Attributes attributes, boolean selfClosing,
        Map<String, Reference> references) {

    public boolean isImage() {
        return name.equals("img");
    }
}
