package dev.quire.internal.text;

/** HTML escaping for text and attribute values. */
public final class Html {

    private Html() {
    }

    /**
     * {@code text} without the control characters that HTML forbids (all but tab, line feed, form
     * feed and carriage return) and XML 1.0 cannot carry: invisible in an editor, they would make
     * every page and feed that shows the text invalid.
     */
    public static String withoutControlCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Escapes {@code & < >} for text content. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String rep = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Escapes {@code & < > "} for a double-quoted attribute value. */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}
