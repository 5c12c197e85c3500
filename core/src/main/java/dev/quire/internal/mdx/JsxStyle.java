package dev.quire.internal.mdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a JSX style object ({@code width: '50%', marginTop: 10}) into CSS, as React would. */
final class JsxStyle {

    /** Properties React writes as plain numbers; every other number gets {@code px}. */
    private static final Set<String> UNITLESS = Set.of("animationIterationCount", "aspectRatio", "columnCount",
            "columns", "flex", "flexGrow", "flexShrink", "fontWeight", "gridArea", "gridColumn", "gridRow",
            "lineClamp", "lineHeight", "opacity", "order", "orphans", "scale", "tabSize", "widows", "zIndex", "zoom",
            "fillOpacity", "strokeOpacity", "strokeWidth");

    private JsxStyle() {
    }

    /** @param body the object literal without its braces */
    static String toCss(String body) {
        List<String> declarations = new ArrayList<>();
        for (String entry : splitTopLevel(body)) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = unquote(entry.substring(0, colon).strip());
            String raw = entry.substring(colon + 1).strip();
            String value = Js.stringLiteral(raw);
            if (value == null) {
                if (raw.matches("-?\\d+(\\.\\d+)?")) {
                    value = raw.equals("0") || UNITLESS.contains(key) ? raw : raw + "px";
                } else {
                    continue;
                }
            }
            declarations.add(cssName(key) + ": " + value);
        }
        return String.join("; ", declarations);
    }

    private static String cssName(String key) {
        if (key.startsWith("--")) {
            return key;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        String name = out.toString();
        return name.startsWith("ms-") ? "-" + name : name.toLowerCase(Locale.ROOT);
    }

    private static String unquote(String key) {
        String literal = Js.stringLiteral(key);
        return literal == null ? key : literal;
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int comma : Js.topLevelCommas(body)) {
            parts.add(body.substring(start, comma));
            start = comma + 1;
        }
        parts.add(body.substring(start));
        return parts;
    }
}
