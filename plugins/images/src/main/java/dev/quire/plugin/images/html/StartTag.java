package dev.quire.plugin.images.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;

/** Writes a start tag, {@code <img src="…" alt="…">}, escaping every value for a double-quoted attribute. */
public final class StartTag {

    private StartTag() {
    }

    /**
     * @param selfClosing writes {@code />} at the end, to match a tag the author wrote so
     */
    public static String of(String name, Attributes attributes, boolean selfClosing) {
        StringBuilder tag = new StringBuilder(64).append('<').append(name);
        for (Attribute attribute : attributes) {
            tag.append(' ').append(attribute.getKey());
            if (attribute.hasDeclaredValue()) {
                tag.append("=\"").append(escape(attribute.getValue())).append('"');
            }
        }
        return tag.append(selfClosing ? " />" : ">").toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
