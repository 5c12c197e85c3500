package dev.quire.internal.mdx;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {#id .class key="value"}} attributes of a directive, as remark-directive reads them. */
final class DirectiveAttributes {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*(?:#(?<id>[^\\s#.}\"'=]+)|\\.(?<cls>[^\\s#.}\"'=]+)|(?<key>[A-Za-z_:][\\w:.-]*)"
                    + "(?:\\s*=\\s*(?:\"(?<dq>[^\"]*)\"|'(?<sq>[^']*)'|(?<bare>[^\\s\"'=<>`}]+)))?)\\s*");

    private DirectiveAttributes() {
    }

    /** Adds the attributes of {@code text} (between the braces) to {@code into}; false when it is not attributes. */
    static boolean read(CharSequence text, Map<String, String> into) {
        Matcher m = ATTRIBUTE.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                return text.subSequence(at, text.length()).toString().isBlank();
            }
            if (m.group("id") != null) {
                into.put("id", m.group("id"));
            } else if (m.group("cls") != null) {
                into.merge("class", m.group("cls"), (a, b) -> a + " " + b);
            } else {
                String value = m.group("dq") != null ? m.group("dq") : m.group("sq") != null ? m.group("sq")
                        : m.group("bare") != null ? m.group("bare") : "";
                into.put(m.group("key"), value);
            }
            at = m.end();
        }
        return true;
    }
}
