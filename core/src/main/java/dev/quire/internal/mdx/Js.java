package dev.quire.internal.mdx;

/**
 * The little MDX needs to know of JavaScript: where an expression's braces close, and whether
 * its strings, template literals and comments are closed. MDX finds the end of {@code {…}} by
 * counting braces alone and then hands what is inside to a JavaScript parser; so does this class,
 * which refuses what that parser would refuse for being unclosed.
 */
final class Js {

    private Js() {
    }

    /**
     * The index just after the {@code }} that closes the {@code {} at {@code open}, or -1 when none
     * does. Braces in strings, template literals and comments do not count: MDX hands each
     * candidate to a JavaScript parser and goes on to the next {@code }} while the code is unfinished,
     * so {@code {'}'}} is one expression.
     */
    static int braceEnd(CharSequence s, int open) {
        int close = substitutionEnd(s, open);
        return close < 0 ? -1 : close + 1;
    }

    /**
     * {@link #braceEnd}, or the error MDX gives for an expression that never closes.
     *
     * @param offsets maps an index in {@code s} to the offset in the parsed text
     */
    static int requireExpressionEnd(CharSequence s, int open, java.util.function.IntUnaryOperator offsets) {
        int end = braceEnd(s, open);
        if (end >= 0) {
            return end;
        }
        int counted = countedBraceEnd(s, open);
        if (counted >= 0) {
            CharSequence code = s.subSequence(open + 1, counted - 1);
            throw new MdxSyntaxException(offsets.applyAsInt(open + 1 + Math.max(0, unclosedAt(code))),
                    "Could not parse expression with acorn: " + unclosed(code));
        }
        throw new MdxSyntaxException(offsets.applyAsInt(s.length()),
                "Unexpected end of file in expression, expected a corresponding closing brace for `{`");
    }

    /** The index just after the {@code }} that closes {@code open} when braces alone are counted, or -1. */
    static int countedBraceEnd(CharSequence s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Null when every string, template literal, comment and bracket that {@code code} opens is
     * closed; else why not, in the words of the JavaScript parser MDX uses.
     */
    static String unclosed(CharSequence code) {
        int at = unclosedAt(code);
        if (at < 0) {
            return null;
        }
        return switch (code.charAt(Math.min(at, code.length() - 1))) {
            case '"', '\'' -> "Unterminated string constant";
            case '`' -> "Unterminated template";
            case '/' -> "Unterminated comment";
            default -> "Unexpected token";
        };
    }

    /**
     * Where the first string, template literal, comment or bracket that {@code code} leaves open
     * starts (or the bracket that closes nothing), or -1 when all close.
     */
    static int unclosedAt(CharSequence code) {
        java.util.ArrayDeque<Integer> brackets = new java.util.ArrayDeque<>();
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            int open = i;
            switch (c) {
                case '"', '\'' -> i = stringEnd(code, i);
                case '`' -> i = templateEnd(code, i);
                case '/' -> {
                    if (i + 1 < n && code.charAt(i + 1) == '/') {
                        while (i < n && code.charAt(i) != '\n') {
                            i++;
                        }
                    } else if (i + 1 < n && code.charAt(i + 1) == '*') {
                        int close = indexOf(code, "*/", i + 2);
                        i = close < 0 ? -1 : close + 1;
                    }
                }
                case '(', '[', '{' -> brackets.push(i);
                case ')', ']', '}' -> {
                    if (brackets.isEmpty()) {
                        return i;
                    }
                    brackets.pop();
                }
                default -> {
                }
            }
            if (i < 0) {
                return open;
            }
        }
        return brackets.isEmpty() ? -1 : brackets.getLast();
    }

    /**
     * Refuses an expression that cannot be JavaScript for a reason found without parsing it: a
     * {@code :} outside brackets, strings and a {@code ? :}, as in prose like {@code {"a": 1}}
     * or {@code {a: 1}}, which MDX refuses.
     *
     * @param offsets maps an index in {@code code} to the offset in the parsed text
     */
    static void requireExpression(CharSequence code, java.util.function.IntUnaryOperator offsets) {
        int depth = 0;
        int questions = 0;
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"', '\'' -> i = stringEnd(code, i);
                case '`' -> i = templateEnd(code, i);
                case '/' -> {
                    if (i + 1 < n && code.charAt(i + 1) == '/') {
                        while (i < n && code.charAt(i) != '\n') {
                            i++;
                        }
                    } else if (i + 1 < n && code.charAt(i + 1) == '*') {
                        int close = indexOf(code, "*/", i + 2);
                        i = close < 0 ? n : close + 1;
                    }
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '?' -> {
                    if (depth == 0) {
                        questions++;
                    }
                }
                case ':' -> {
                    if (depth == 0 && questions-- <= 0) {
                        throw new MdxSyntaxException(offsets.applyAsInt(i), "Could not parse expression with acorn: "
                                + "Unexpected token `:` (an expression is JavaScript; write `\\{` for a brace shown as text)");
                    }
                }
                default -> {
                }
            }
            if (i < 0) {
                return;
            }
        }
    }

    /** True when {@code code} holds nothing but whitespace and comments. */
    static boolean isEmpty(CharSequence code) {
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int close = indexOf(code, "*/", i + 2);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the quote that closes the string opened at {@code open}, or -1. */
    private static int stringEnd(CharSequence s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the backtick that closes the template opened at {@code open}, or -1. */
    private static int templateEnd(CharSequence s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                return i;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = substitutionEnd(s, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close;
            }
        }
        return -1;
    }

    /** The index of the {@code }} that closes the {@code {} at {@code open}, skipping strings, templates and comments; or -1. */
    private static int substitutionEnd(CharSequence s, int open) {
        int depth = 0;
        int n = s.length();
        for (int i = open; i < n; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '"' || c == '\'') {
                i = stringEnd(s, i);
            } else if (c == '`') {
                i = templateEnd(s, i);
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = indexOf(s, "*/", i + 2);
                i = close < 0 ? -1 : close + 1;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    static int indexOf(CharSequence s, String needle, int from) {
        for (int i = from; i + needle.length() <= s.length(); i++) {
            boolean match = true;
            for (int j = 0; j < needle.length() && match; j++) {
                match = s.charAt(i + j) == needle.charAt(j);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An expression's source as MDX gives it: on each line after the first, up to two columns of
     * indentation are taken off (a tab counts to the next multiple of four columns).
     */
    static String dedentContinuations(CharSequence value) {
        String[] lines = value.toString().split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int l = 1; l < lines.length; l++) {
            String line = lines[l];
            int column = 0;
            int i = 0;
            while (i < line.length() && column < 2 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                column = line.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                i++;
            }
            out.append('\n').append(" ".repeat(Math.max(0, column - 2))).append(line, i, line.length());
        }
        return out.toString();
    }

    /** ECMAScript white space and line terminators, which JSX allows between the parts of a tag. */
    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isIdentifierStart(char c) {
        return Character.isUnicodeIdentifierStart(c) || c == '$' || c == '_';
    }

    /** JSX names may also hold dashes ({@code <my-element data-x="1">}). */
    static boolean isIdentifierPart(char c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == '$' || c == '-'
                || c == '\u200C' || c == '\u200D';
    }

    /** The text of a string literal ({@code 'a'}, {@code "a"}, {@code `a`} without {@code ${}}), or null. */
    static String stringLiteral(String expression) {
        String e = expression.strip();
        if (e.length() < 2) {
            return null;
        }
        char quote = e.charAt(0);
        int close = quote == '`' ? templateEnd(e, 0) : quote == '"' || quote == '\'' ? stringEnd(e, 0) : -1;
        if (close != e.length() - 1 || quote == '`' && e.contains("${")) {
            return null;
        }
        String body = e.substring(1, close);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char escaped = body.charAt(++i);
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The indexes of the commas outside brackets, strings and templates: between an object literal's entries. */
    static java.util.List<Integer> topLevelCommas(String code) {
        java.util.List<Integer> commas = new java.util.ArrayList<>();
        int depth = 0;
        for (int i = 0; i < code.length() && i >= 0; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"', '\'' -> i = stringEnd(code, i);
                case '`' -> i = templateEnd(code, i);
                case '(', '{', '[' -> depth++;
                case ')', '}', ']' -> depth--;
                case ',' -> {
                    if (depth == 0) {
                        commas.add(i);
                    }
                }
                default -> { }
            }
        }
        return commas;
    }
}
