package dev.quire.internal.content;

import java.util.ArrayList;
import java.util.List;

/**
 * One JSX (or HTML) tag read from MDX source: {@code <img src={x} className="a" />}.
 *
 * @param name        the element or component name
 * @param attributes  its attributes, in order
 * @param closing     true for {@code </name>}
 * @param selfClosing true for {@code <name />}
 * @param end         the index just after the tag's {@code >}
 */
record JsxTag(String name, List<Attribute> attributes, boolean closing, boolean selfClosing, int end) {

    /** Marks an expression attribute that evaluated to {@code true}: written without a value. */
    static final String TRUE = "\u0000true";

    enum ValueKind { NONE, STRING, EXPRESSION }

    /**
     * @param name  the attribute name, or null for a spread {@code {...props}}
     * @param kind  how the value was written
     * @param value the string, or the expression's source without its braces
     */
    record Attribute(String name, ValueKind kind, String value) {
        boolean isPlainHtml() {
            return name != null && kind != ValueKind.EXPRESSION && !name.equals("className") && !name.equals("htmlFor");
        }
    }

    /** Reads a tag starting at {@code s.charAt(start) == '<'}; null when it is not a well-formed tag. */
    static JsxTag parse(String s, int start, int maxLength) {
        int limit = Math.min(s.length(), start + maxLength);
        int p = start + 1;
        boolean closing = p < limit && s.charAt(p) == '/';
        if (closing) {
            p++;
        }
        int nameEnd = nameEnd(s, p, limit, true);
        if (nameEnd == p) {
            return null;
        }
        String name = s.substring(p, nameEnd);
        p = nameEnd;
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            int before = p;
            p = skipSpace(s, p, limit);
            if (p >= limit) {
                return null;
            }
            char c = s.charAt(p);
            if (c == '>') {
                return new JsxTag(name, attributes, closing, false, p + 1);
            }
            if (c == '/' && p + 1 < limit && s.charAt(p + 1) == '>') {
                return closing ? null : new JsxTag(name, attributes, false, true, p + 2);
            }
            if (closing || p == before) {
                return null;
            }
            if (c == '{') {
                int end = balancedEnd(s, p, limit);
                if (end < 0) {
                    return null;
                }
                attributes.add(new Attribute(null, ValueKind.EXPRESSION, s.substring(p + 1, end - 1)));
                p = end;
                continue;
            }
            int attrEnd = nameEnd(s, p, limit, false);
            if (attrEnd == p) {
                return null;
            }
            String attrName = s.substring(p, attrEnd);
            p = skipSpace(s, attrEnd, limit);
            if (p < limit && s.charAt(p) == '=') {
                p = skipSpace(s, p + 1, limit);
                if (p >= limit) {
                    return null;
                }
                char v = s.charAt(p);
                if (v == '"' || v == '\'') {
                    int close = s.indexOf(v, p + 1);
                    if (close < 0 || close >= limit) {
                        return null;
                    }
                    attributes.add(new Attribute(attrName, ValueKind.STRING, s.substring(p + 1, close)));
                    p = close + 1;
                } else if (v == '{') {
                    int end = balancedEnd(s, p, limit);
                    if (end < 0) {
                        return null;
                    }
                    attributes.add(new Attribute(attrName, ValueKind.EXPRESSION, s.substring(p + 1, end - 1)));
                    p = end;
                } else {
                    int end = p;
                    while (end < limit && !Character.isWhitespace(s.charAt(end)) && "\"'=<>`".indexOf(s.charAt(end)) < 0
                            && !(s.charAt(end) == '/' && end + 1 < limit && s.charAt(end + 1) == '>')) {
                        end++;
                    }
                    if (end == p) {
                        return null;
                    }
                    attributes.add(new Attribute(attrName, ValueKind.STRING, s.substring(p, end)));
                    p = end;
                }
            } else {
                attributes.add(new Attribute(attrName, ValueKind.NONE, null));
            }
        }
    }

    /**
     * The index just after the {@code }} matching the {@code {} at {@code start}, skipping strings,
     * template literals and comments; -1 when it does not close before {@code limit}. The limit keeps
     * a text with many braces that never close from being scanned to its end once per brace.
     */
    static int balancedEnd(String s, int start, int limit) {
        int depth = 0;
        for (int i = start; i < limit; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> depth++;
                case '}' -> {
                    if (--depth == 0) {
                        return i + 1;
                    }
                }
                case '"', '\'', '`' -> {
                    i = stringEnd(s, i, limit);
                    if (i < 0) {
                        return -1;
                    }
                }
                case '/' -> {
                    if (i + 1 < limit && s.charAt(i + 1) == '*') {
                        int close = indexOf(s, "*/", i + 2, limit);
                        if (close < 0) {
                            return -1;
                        }
                        i = close + 1;
                    }
                }
                default -> { }
            }
        }
        return -1;
    }

    /** The text of a JS string literal ({@code 'a'}, {@code "a"}, {@code `a`} without {@code ${}}), or null. */
    static String stringLiteral(String expression) {
        String e = expression.strip();
        if (e.length() < 2) {
            return null;
        }
        char q = e.charAt(0);
        if ((q != '"' && q != '\'' && q != '`') || e.charAt(e.length() - 1) != q || stringEnd(e, 0, e.length()) != e.length() - 1) {
            return null;
        }
        String body = e.substring(1, e.length() - 1);
        if (q == '`' && body.contains("${")) {
            return null;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int stringEnd(String s, int open, int limit) {
        char q = s.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q) {
                return i;
            } else if (c == '\n' && q != '`') {
                return -1;
            }
        }
        return -1;
    }

    /** Where {@code needle} first occurs in {@code s} between {@code from} and {@code limit}, or -1. */
    static int indexOf(String s, String needle, int from, int limit) {
        for (int i = from; i + needle.length() <= limit; i++) {
            if (s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int nameEnd(String s, int p, int limit, boolean element) {
        if (p >= limit || !Character.isLetter(s.charAt(p)) && (element || "_:@".indexOf(s.charAt(p)) < 0)) {
            return p;
        }
        int i = p + 1;
        while (i < limit) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || (!element && c == '@')) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpace(String s, int p, int limit) {
        while (p < limit && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }
}
