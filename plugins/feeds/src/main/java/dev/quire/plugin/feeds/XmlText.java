package dev.quire.plugin.feeds;

/**
 * Keeps text writable as XML 1.0. Control characters (other than tab and line breaks), unpaired
 * surrogates and U+FFFE/U+FFFF cannot appear in an XML document at all, not even escaped: a feed
 * that holds one is rejected whole by parsers. They are dropped, since they carry nothing a
 * reader would see.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 forbids; {@code null} stays {@code null}. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (isAllowed(codePoint)) {
                if (out != null) {
                    out.appendCodePoint(codePoint);
                }
            } else if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
