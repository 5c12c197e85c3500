package dev.quire.cli.init;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Values written into YAML so that they read back as written, whatever characters they hold. */
final class YamlText {

    private YamlText() {
    }

    /** Text YAML reads as the same text without quotes: words, not numbers, booleans or syntax. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/:,'()&!?+-]*");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_.eE:+-]*|\\.?(inf|nan))");

    /**
     * A value: numbers and true/false as they are, lists in brackets, text plain when it reads
     * back the same and double-quoted otherwise.
     */
    static String value(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlText::value).collect(Collectors.joining(", ", "[", "]"));
        }
        String text = String.valueOf(value);
        boolean plain = PLAIN.matcher(text).matches() && !NOT_TEXT.matcher(text).matches()
                && !text.contains(": ") && !text.endsWith(":") && !text.endsWith(" ");
        return plain ? text : quoted(text);
    }

    /** Double-quoted YAML text: backslash, quote and control characters escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
