package dev.quire.internal.content;

import java.util.ArrayList;
import java.util.List;

/** The little the MDX step needs to know about JavaScript source: where brackets and strings are. */
final class JsSource {

    private JsSource() {
    }

    /** The indexes of commas outside brackets and strings, e.g. between the entries of an object literal. */
    static List<Integer> topLevelCommas(String text) {
        List<Integer> commas = new ArrayList<>();
        walk(text, commas);
        return commas;
    }

    /** True when every bracket and string that {@code text} opens is closed again. */
    static boolean balanced(String text) {
        return walk(text, null);
    }

    private static boolean walk(String text, List<Integer> commas) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0 && commas != null) {
                commas.add(i);
            }
        }
        return depth == 0 && quote == 0;
    }
}
