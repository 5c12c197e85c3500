package dev.quire.plugin.arxiv;

import org.jsoup.nodes.Entities;

/**
 * Turns untrusted plain text that may hold TeX into safe HTML: everything escaped, and each
 * {@code $...$} (or {@code $$...$$}) wrapped as {@code <span class="math math-inline">\(...\)</span>},
 * the form Quire's Markdown gives inline math, so the theme typesets titles and abstracts the
 * same way. As in Pandoc, a dollar opens math only before a non-space, closes it only after a
 * non-space and not before a digit, so "$5 and $10" stays text; {@code \$} is a literal dollar.
 * Outside math a tilde is TeX's no-break space ("Fig.~3" keeps the number with its word), and
 * {@code \~} a tilde. A web address ({@code https://host/~user/$x$}) is text as written, up to the
 * next space: neither its tildes nor its dollars are TeX.
 */
final class TexText {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private TexText() {
    }

    static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int addressEnd = addressEnd(text, i);
            if (addressEnd > i) {
                html.append(plain(text.substring(plainFrom, i))).append(Entities.escape(text.substring(i, addressEnd)));
                i = addressEnd;
                plainFrom = i;
                continue;
            }
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
            html.append(plain(text.substring(plainFrom, i)));
            html.append("<span class=\"math math-inline\">\\(")
                    .append(Entities.escape(text.substring(open, close)))
                    .append("\\)</span>");
            i = close + delimiter;
            plainFrom = i;
        }
        html.append(plain(text.substring(plainFrom)));
        return html.toString();
    }

    /** Text outside math and addresses, escaped, with TeX's tildes: {@code ~} a no-break space, {@code \~} a tilde. */
    private static String plain(String text) {
        if (text.indexOf('~') < 0) {
            return Entities.escape(text);
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(++i);
                if (escaped != '~') {
                    plain.append(c);
                }
                plain.append(escaped);
            } else {
                plain.append(c == '~' ? NO_BREAK_SPACE : c);
            }
        }
        return Entities.escape(plain.toString());
    }

    /**
     * Where the web address that starts at {@code start} ends (at the next space or the end of the
     * text), or -1 when none starts there: a scheme such as {@code https} right after a non-letter,
     * then {@code ://}.
     */
    private static int addressEnd(String text, int start) {
        if (!Character.isLetter(text.charAt(start)) || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return -1;
        }
        int scheme = start;
        while (scheme < text.length() && isSchemeChar(text.charAt(scheme))) {
            scheme++;
        }
        if (!text.startsWith("://", scheme)) {
            return -1;
        }
        int end = scheme;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A letter, digit, {@code +}, {@code -} or {@code .}, as URI schemes are spelled. */
    private static boolean isSchemeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
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
