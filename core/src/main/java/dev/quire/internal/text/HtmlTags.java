package dev.quire.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the links ({@code href}, {@code src}) and anchors ({@code id}) out of raw HTML, reading
 * start tags the way an HTML tokenizer does: names up to whitespace, {@code /}, {@code >} or
 * {@code =}; values double-quoted, single-quoted or bare. Comments are skipped.
 */
public final class HtmlTags {

    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src");
    private static final Set<String> ID_ATTRIBUTE = Set.of("id");

    private HtmlTags() {
    }

    /** Every {@code href} and {@code src} value of the start tags in {@code html}, in order. */
    public static List<String> links(String html) {
        return attributes(html, LINK_ATTRIBUTES);
    }

    /** Every {@code id} value of the start tags in {@code html}. */
    public static List<String> ids(String html) {
        return attributes(html, ID_ATTRIBUTE);
    }

    private static List<String> attributes(String html, Set<String> names) {
        List<String> values = new ArrayList<>();
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < n) {
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? -1 : html.indexOf('<', close + 3);
                continue;
            }
            if (!Character.isLetter(html.charAt(i + 1))) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int p = i + 1;
            while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>' && html.charAt(p) != '/') {
                p++;
            }
            // The attributes, up to the '>' that ends the tag.
            while (p < n && html.charAt(p) != '>') {
                char c = html.charAt(p);
                if (isSpace(c) || c == '/') {
                    p++;
                    continue;
                }
                int nameStart = p;
                while (p < n && !isSpace(html.charAt(p)) && "/>=".indexOf(html.charAt(p)) < 0) {
                    p++;
                }
                String name = html.substring(nameStart, p).toLowerCase(Locale.ROOT);
                while (p < n && isSpace(html.charAt(p))) {
                    p++;
                }
                if (p >= n || html.charAt(p) != '=') {
                    continue;
                }
                p++;
                while (p < n && isSpace(html.charAt(p))) {
                    p++;
                }
                int valueStart;
                int valueEnd;
                if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    valueStart = p + 1;
                    valueEnd = html.indexOf(html.charAt(p), valueStart);
                    if (valueEnd < 0) {
                        return values;
                    }
                    p = valueEnd + 1;
                } else {
                    valueStart = p;
                    while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>') {
                        p++;
                    }
                    valueEnd = p;
                }
                if (names.contains(name)) {
                    values.add(html.substring(valueStart, valueEnd));
                }
            }
            i = html.indexOf('<', p);
        }
        return values;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
