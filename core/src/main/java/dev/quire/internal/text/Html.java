package dev.quire.internal.text;

/** HTML escaping for text and attribute values. */
public final class Html {

    private Html() {
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
