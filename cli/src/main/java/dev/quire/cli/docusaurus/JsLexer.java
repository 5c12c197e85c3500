package dev.quire.cli.docusaurus;

import dev.quire.cli.docusaurus.JsToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits JavaScript or TypeScript into tokens, enough to find object literals in a configuration
 * file: comments are dropped, strings and templates are read whole (so braces inside them do not
 * count), regular expressions are told from division by what comes before them.
 */
final class JsLexer {

    private static final String PUNCTUATION = "{}[]().,;:?=<>!+-*/%&|^~@#";
    private static final String[] LONG_PUNCTUATION = {"...", "=>", "===", "!==", "==", "!=", "&&", "||", "??", "?.",
        "<=", ">="};

    private final String source;
    private final List<JsToken> tokens = new ArrayList<>();
    private int at;
    private int line = 1;

    private JsLexer(String source) {
        this.source = source;
    }

    /** @throws JsSyntaxException when a string, template or comment is not closed */
    static List<JsToken> tokens(String source) {
        JsLexer lexer = new JsLexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (at >= source.length()) {
                tokens.add(new JsToken(Kind.END, "", line));
                return;
            }
            char c = source.charAt(at);
            int start = line;
            if (c == '\'' || c == '"') {
                tokens.add(new JsToken(Kind.STRING, quoted(c), start));
            } else if (c == '`') {
                template(start);
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = at;
                while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                tokens.add(new JsToken(Kind.NAME, source.substring(at, end), start));
                at = end;
            } else if (Character.isDigit(c) || c == '.' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
                int end = at;
                while (end < source.length() && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '.'
                        || source.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new JsToken(Kind.NUMBER, source.substring(at, end).replace("_", ""), start));
                at = end;
            } else if (c == '/' && regexMayStart()) {
                regex(start);
            } else {
                punctuation(start);
            }
        }
    }

    private void skipSpaceAndComments() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (source.startsWith("//", at)) {
                while (at < source.length() && source.charAt(at) != '\n') {
                    at++;
                }
            } else if (source.startsWith("/*", at)) {
                int end = source.indexOf("*/", at + 2);
                if (end < 0) {
                    throw new JsSyntaxException(line, "a comment is not closed");
                }
                countLines(at, end);
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private String quoted(char quote) {
        int start = line;
        StringBuilder value = new StringBuilder();
        at++;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == quote) {
                at++;
                return value.toString();
            }
            if (c == '\n') {
                break;
            }
            if (c == '\\') {
                at = escape(value);
            } else {
                value.append(c);
                at++;
            }
        }
        throw new JsSyntaxException(start, "a string is not closed");
    }

    /** Reads the escape at {@code at} into {@code value}; returns where reading goes on. */
    private int escape(StringBuilder value) {
        try {
            return readEscape(value);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new JsSyntaxException(line, "a string has a broken escape");
        }
    }

    private int readEscape(StringBuilder value) {
        if (at + 1 >= source.length()) {
            throw new JsSyntaxException(line, "a string ends with a backslash");
        }
        char next = source.charAt(at + 1);
        switch (next) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000b');
            case '0' -> value.append('\0');
            case 'u' -> {
                return unicode(value);
            }
            case 'x' -> {
                value.append((char) Integer.parseInt(source.substring(at + 2, at + 4), 16));
                return at + 4;
            }
            case '\n' -> line++;
            default -> value.append(next);
        }
        return at + 2;
    }

    private int unicode(StringBuilder value) {
        if (at + 2 < source.length() && source.charAt(at + 2) == '{') {
            int close = source.indexOf('}', at + 3);
            value.appendCodePoint(Integer.parseInt(source.substring(at + 3, close), 16));
            return close + 1;
        }
        value.append((char) Integer.parseInt(source.substring(at + 2, at + 6), 16));
        return at + 6;
    }

    /** A template: a plain string unless it has {@code ${}}, whose contents are skipped, nesting included. */
    private void template(int start) {
        StringBuilder value = new StringBuilder();
        boolean substitutes = false;
        at++;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '`') {
                at++;
                tokens.add(new JsToken(substitutes ? Kind.TEMPLATE : Kind.STRING, value.toString(), start));
                return;
            }
            if (c == '\\') {
                at = escape(value);
            } else if (c == '$' && at + 1 < source.length() && source.charAt(at + 1) == '{') {
                substitutes = true;
                value.append("${…}");
                at = skipSubstitution(at + 2);
            } else {
                if (c == '\n') {
                    line++;
                }
                value.append(c);
                at++;
            }
        }
        throw new JsSyntaxException(start, "a template string is not closed");
    }

    /** Skips the code of a {@code ${...}} from {@code from}; returns the index after its brace. */
    private int skipSubstitution(int from) {
        int depth = 1;
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            } else if (c == '`' || c == '\'' || c == '"') {
                int saved = at;
                at = i;
                if (c == '`') {
                    int before = tokens.size();
                    template(line);
                    tokens.remove(before);
                } else {
                    quoted(c);
                }
                i = at;
                at = saved;
                continue;
            }
            i++;
        }
        throw new JsSyntaxException(line, "a template substitution is not closed");
    }

    /** A slash starts a regular expression where a value is expected, not after one. */
    private boolean regexMayStart() {
        if (source.startsWith("//", at) || source.startsWith("/*", at)) {
            return false;
        }
        if (tokens.isEmpty()) {
            return true;
        }
        JsToken last = tokens.get(tokens.size() - 1);
        return switch (last.kind()) {
            case PUNCT -> !(last.is(")") || last.is("]") || last.is("}"));
            case NAME -> last.text().equals("return") || last.text().equals("typeof");
            default -> false;
        };
    }

    private void regex(int start) {
        boolean inClass = false;
        int i = at + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                throw new JsSyntaxException(start, "a regular expression is not closed");
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i++;
                while (i < source.length() && Character.isLetter(source.charAt(i))) {
                    i++;
                }
                tokens.add(new JsToken(Kind.REGEX, source.substring(at, i), start));
                at = i;
                return;
            }
            i++;
        }
        throw new JsSyntaxException(start, "a regular expression is not closed");
    }

    private void punctuation(int start) {
        for (String punct : LONG_PUNCTUATION) {
            if (source.startsWith(punct, at)) {
                tokens.add(new JsToken(Kind.PUNCT, punct, start));
                at += punct.length();
                return;
            }
        }
        char c = source.charAt(at);
        if (PUNCTUATION.indexOf(c) < 0) {
            throw new JsSyntaxException(start, "unexpected character '" + c + "'");
        }
        tokens.add(new JsToken(Kind.PUNCT, String.valueOf(c), start));
        at++;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
    }
}
