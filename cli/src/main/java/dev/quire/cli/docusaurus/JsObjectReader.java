package dev.quire.cli.docusaurus;

import dev.quire.cli.docusaurus.JsToken.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the configuration object of a {@code docusaurus.config.js} or {@code .ts} and reads its
 * literal parts, without running it. The object is the one exported ({@code module.exports = {…}},
 * {@code export default {…}}) or the one a variable holds when that variable is exported
 * ({@code const config: Config = {…}; export default config;}), or the one a function returns
 * ({@code export default async function createConfig() { return {…}; }}); parentheses around a
 * value, as JSDoc casts write them, are looked through. Whatever is computed (variables,
 * calls, functions, {@code process.env}, templates with {@code ${}}) is kept as
 * {@link JsValue.Unknown}, so callers can say what they could not read. TypeScript's
 * {@code satisfies} and {@code as} after a value are skipped.
 */
final class JsObjectReader {

    private static final int MAX_CODE = 60;
    /** How many names, parentheses and functions are followed to the object. */
    private static final int MAX_INDIRECTION = 16;

    private final List<JsToken> tokens;
    private int at;

    private JsObjectReader(List<JsToken> tokens) {
        this.tokens = tokens;
    }

    /**
     * The exported configuration object of {@code source}.
     *
     * @return empty when no exported object literal can be found
     * @throws JsSyntaxException when the file cannot be read as JavaScript
     */
    static Optional<JsValue.Obj> exportedObject(String source) {
        JsObjectReader reader = new JsObjectReader(JsLexer.tokens(source));
        return reader.findExport().map(start -> {
            reader.at = start;
            return reader.object();
        });
    }

    /** Where the exported object literal starts: the index of its {@code {}. */
    private Optional<Integer> findExport() {
        for (int i = 0; i < tokens.size(); i++) {
            Integer exported = exportAt(i);
            if (exported != null) {
                return Optional.ofNullable(objectAt(exported, 0));
            }
        }
        return Optional.empty();
    }

    /** If an export starts at {@code i}, the index of what is exported; else null. */
    private Integer exportAt(int i) {
        if (tokens.get(i).isName("module") && peek(i + 1).is(".") && peek(i + 2).isName("exports")
                && peek(i + 3).is("=")) {
            return i + 4;
        }
        if (tokens.get(i).isName("export") && peek(i + 1).isName("default")) {
            return i + 2;
        }
        return null;
    }

    /**
     * The index of the object literal the expression at {@code i} stands for: the literal itself,
     * in parentheses (as JSDoc casts write it), a variable declared with it, or what a function
     * returns ({@code async function createConfig() { return {…}; }}); null when there is none.
     */
    private Integer objectAt(int i, int depth) {
        if (depth > MAX_INDIRECTION) {
            return null;
        }
        JsToken token = peek(i);
        if (token.is("{")) {
            return i;
        }
        if (token.isName("async") || token.isName("await")) {
            return objectAt(i + 1, depth + 1);
        }
        if (token.isName("function")) {
            int params = peek(i + 1).is("(") ? i + 1 : i + 2;
            return returnedBy(skipType(closing(params) + 1), depth);
        }
        if (token.is("(")) {
            int close = closing(i);
            if (peek(close + 1).is("=>")) {
                int body = close + 2;
                return peek(body).is("{") ? returnedBy(body, depth) : objectAt(body, depth + 1);
            }
            return objectAt(i + 1, depth + 1);
        }
        if (token.kind() == Kind.NAME) {
            return declaration(token.text(), depth);
        }
        return null;
    }

    /** The object a function body starting at {@code body} returns with its first top-level {@code return}. */
    private Integer returnedBy(int body, int depth) {
        if (!peek(body).is("{")) {
            return null;
        }
        int level = 0;
        for (int j = body; peek(j).kind() != Kind.END; j++) {
            JsToken token = peek(j);
            if (token.is("{")) {
                level++;
            } else if (token.is("}") && --level == 0) {
                return null;
            } else if (level == 1 && token.isName("return")) {
                return objectAt(j + 1, depth + 1);
            }
        }
        return null;
    }

    /** Where {@code name} is declared: {@code const name: Type = …} or {@code function name(…) {…}}. */
    private Integer declaration(String name, int depth) {
        for (int i = 1; i < tokens.size(); i++) {
            JsToken before = tokens.get(i - 1);
            if (!tokens.get(i).isName(name)) {
                continue;
            }
            if (before.isName("function")) {
                return objectAt(i - 1, depth + 1);
            }
            if (before.isName("const") || before.isName("let") || before.isName("var")) {
                int j = skipType(i + 1);
                return peek(j).is("=") ? objectAt(j + 1, depth + 1) : null;
            }
        }
        return null;
    }

    /** The index of the bracket that closes the one at {@code open}. */
    private int closing(int open) {
        int level = 0;
        for (int j = open; peek(j).kind() != Kind.END; j++) {
            JsToken token = peek(j);
            if (token.is("(") || token.is("[") || token.is("{")) {
                level++;
            } else if ((token.is(")") || token.is("]") || token.is("}")) && --level == 0) {
                return j;
            }
        }
        return tokens.size() - 1;
    }

    /** Skips a type annotation up to the {@code =} of a declaration or the {@code {} of a function body. */
    private int skipType(int from) {
        if (!peek(from).is(":")) {
            return from;
        }
        int level = 0;
        int j = from + 1;
        while (peek(j).kind() != Kind.END) {
            JsToken token = peek(j);
            if (level == 0 && (token.is("=") || token.is(";") || token.is("{") && j > from + 1)) {
                return j;
            }
            if (token.is("<") || token.is("{") || token.is("(") || token.is("[")) {
                level++;
            } else if (token.is(">") || token.is("}") || token.is(")") || token.is("]")) {
                level--;
            }
            j++;
        }
        return j;
    }

    private JsToken peek(int i) {
        return i < tokens.size() ? tokens.get(i) : tokens.get(tokens.size() - 1);
    }

    private JsToken next() {
        return tokens.get(Math.min(at++, tokens.size() - 1));
    }

    /** Reads one value; what cannot be known becomes {@link JsValue.Unknown}, whatever follows it. */
    private JsValue value() {
        int start = at;
        JsToken token = peek(at);
        JsValue value;
        if (token.is("{")) {
            value = object();
        } else if (token.is("(") && !peek(closing(at) + 1).is("=>")) {
            value = parenthesized(start);
        } else if (token.is("[")) {
            value = array();
        } else if (token.kind() == Kind.STRING) {
            next();
            value = new JsValue.Literal(token.text(), token.line());
        } else if (token.kind() == Kind.NUMBER) {
            next();
            value = number(token, false);
        } else if (token.is("-") && peek(at + 1).kind() == Kind.NUMBER) {
            next();
            value = number(next(), true);
        } else if (token.isName("true") || token.isName("false")) {
            next();
            value = new JsValue.Literal(Boolean.valueOf(token.text()), token.line());
        } else if (token.isName("null") || token.isName("undefined")) {
            next();
            value = new JsValue.Literal(null, token.line());
        } else {
            skipExpression();
            return unknown(start);
        }
        if (peek(at).isName("satisfies") || peek(at).isName("as")) {
            skipExpression();
        }
        if (!endsValue(peek(at))) {
            skipExpression();
            return unknown(start);
        }
        return value;
    }

    /** A value in parentheses, as a JSDoc cast wraps it: {@code /** @type {…} *\/ ({…})}. */
    private JsValue parenthesized(int start) {
        next();
        JsValue inner = value();
        if (peek(at).is(")")) {
            next();
            return inner;
        }
        skipExpression();
        if (peek(at).is(")")) {
            next();
        }
        return unknown(start);
    }

    private static JsValue number(JsToken token, boolean negative) {
        String text = (negative ? "-" : "") + token.text();
        try {
            Object value = text.contains(".") || text.contains("e") ? (Object) Double.valueOf(text) : Long.valueOf(text);
            return new JsValue.Literal(value, token.line());
        } catch (NumberFormatException e) {
            return new JsValue.Unknown(text, token.line());
        }
    }

    private JsValue.Obj object() {
        int line = next().line();
        Map<String, JsValue> entries = new LinkedHashMap<>();
        while (!peek(at).is("}") && peek(at).kind() != Kind.END) {
            JsToken key = next();
            boolean plainKey = key.kind() == Kind.NAME || key.kind() == Kind.STRING || key.kind() == Kind.NUMBER;
            if (plainKey && peek(at).is(":")) {
                next();
                entries.put(key.text(), value());
            } else if (plainKey && (peek(at).is(",") || peek(at).is("}"))) {
                entries.put(key.text(), new JsValue.Unknown(key.text(), key.line()));
            } else {
                at--;
                skipExpression();
            }
            if (peek(at).is(",")) {
                next();
            }
        }
        next();
        return new JsValue.Obj(entries, line);
    }

    private JsValue.Arr array() {
        int line = next().line();
        List<JsValue> items = new ArrayList<>();
        while (!peek(at).is("]") && peek(at).kind() != Kind.END) {
            if (peek(at).is(",")) {
                next();
                continue;
            }
            items.add(value());
        }
        next();
        return new JsValue.Arr(items, line);
    }

    /** Skips to the {@code ,} or closing bracket that ends the current value, brackets balanced. */
    private void skipExpression() {
        int depth = 0;
        while (peek(at).kind() != Kind.END) {
            JsToken token = peek(at);
            if (token.is("{") || token.is("[") || token.is("(")) {
                depth++;
            } else if (token.is("}") || token.is("]") || token.is(")")) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (depth == 0 && (token.is(",") || token.is(";"))) {
                return;
            }
            next();
        }
    }

    private static boolean endsValue(JsToken token) {
        return token.is(",") || token.is("}") || token.is("]") || token.is(")") || token.is(";")
                || token.kind() == Kind.END;
    }

    private JsValue.Unknown unknown(int start) {
        StringBuilder code = new StringBuilder();
        for (int i = start; i < at && code.length() <= MAX_CODE; i++) {
            JsToken token = tokens.get(i);
            String text = switch (token.kind()) {
                case STRING -> "'" + token.text() + "'";
                case TEMPLATE -> "`" + token.text() + "`";
                default -> token.text();
            };
            boolean tight = token.is(".") || token.is("(") || token.is(")") || i == start
                    || i > start && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("("));
            code.append(tight ? "" : " ").append(text);
        }
        String shown = code.length() > MAX_CODE ? code.substring(0, MAX_CODE) + "…" : code.toString();
        return new JsValue.Unknown(shown, tokens.get(Math.min(start, tokens.size() - 1)).line());
    }
}
