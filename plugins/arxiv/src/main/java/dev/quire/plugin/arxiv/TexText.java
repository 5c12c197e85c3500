package dev.quire.plugin.arxiv;

import org.jsoup.nodes.Entities;

/**
 * Turns untrusted plain text that may hold TeX into safe HTML: everything escaped, and each
 * {@code $...$} (or {@code $$...$$}) wrapped as {@code <span class="math math-inline">\(...\)</span>},
 * the form Quire's Markdown gives inline math, so the theme typesets titles and abstracts the
 * same way. As in Pandoc, a dollar opens math only before a non-space, closes it only after a
 * non-space and not before a digit, so "$5 and $10" stays text; {@code \$} is a literal dollar.
 */
final class TexText {

    private TexText() {
    }

    static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i += 2;
                continue;
            }
            if (c != '$') {
                i++;
                continue;
            }
            int delimiter = i + 1 < text.length() && text.charAt(i + 1) == '$' ? 2 : 1;
            int open = i + delimiter;
            int close = closing(text, open, delimiter);
            if (close < 0) {
                i += delimiter;
                continue;
            }
            html.append(Entities.escape(text.substring(plainFrom, i)));
            html.append("<span class=\"math math-inline\">\\(")
                    .append(Entities.escape(text.substring(open, close)))
                    .append("\\)</span>");
            i = close + delimiter;
            plainFrom = i;
        }
        html.append(Entities.escape(text.substring(plainFrom)));
        return html.toString();
    }

    /** Where the math that starts at {@code open} ends (the closing dollar's index), or -1. */
    private static int closing(String text, int open, int delimiter) {
        if (open >= text.length() || Character.isWhitespace(text.charAt(open))) {
            return -1;
        }
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
                continue;
            }
            if (c != '$') {
                continue;
            }
            boolean matches = delimiter == 1 || j + 1 < text.length() && text.charAt(j + 1) == '$';
            int after = j + delimiter;
            boolean closes = matches && j > open && !Character.isWhitespace(text.charAt(j - 1))
                    && (after >= text.length() || !Character.isDigit(text.charAt(after)));
            if (closes) {
                return j;
            }
        }
        return -1;
    }
}
