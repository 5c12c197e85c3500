package dev.quire.plugin.math;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The tokens of a JavaScript source, enough to rewrite it: names, punctuation, and strings,
 * template literals, regular expressions and numbers as single tokens, with every bracket matched
 * to its partner. Comments and white space are skipped. A slash starts a regular expression where
 * an operand is expected, as browsers decide; after {@code )} it is division.
 */
final class ScriptTokens {

    enum Kind { NAME, PUNCTUATION, LITERAL }

    record Token(Kind kind, int start, int end, String text) {
        boolean is(String value) {
            return kind != Kind.LITERAL && text.equals(value);
        }
    }

    private static final Set<String> BEFORE_OPERAND = Set.of("return", "typeof", "instanceof", "in", "of", "new",
            "delete", "void", "throw", "case", "do", "else", "yield", "await");

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int[] partners;
    private int at;

    private ScriptTokens(String source) {
        this.source = source;
    }

    static ScriptTokens of(String source) {
        ScriptTokens scan = new ScriptTokens(source);
        scan.scan(false);
        scan.match();
        return scan;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    /** The index of the bracket that closes (or opens) the bracket at {@code index}. */
    int partner(int index) {
        return partners[index];
    }

    /** Scans tokens; inside a template's {@code ${…}} stops at the brace that closes it. */
    private void scan(boolean inTemplate) {
        int depth = 0;
        while (true) {
            skipSpaceAndComments();
            if (at >= source.length()) {
                if (inTemplate) {
                    throw new IllegalStateException("a template literal is not closed");
                }
                return;
            }
            char c = source.charAt(at);
            int start = at;
            if (c == '"' || c == '\'') {
                skipString(c);
                add(Kind.LITERAL, start);
            } else if (c == '`') {
                skipTemplate();
                add(Kind.LITERAL, start);
            } else if (Character.isJavaIdentifierStart(c) || c == '\\') {
                while (at < source.length() && (Character.isJavaIdentifierPart(source.charAt(at)) || source.charAt(at) == '\\')) {
                    at++;
                }
                add(Kind.NAME, start);
            } else if (Character.isDigit(c) || c == '.' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
                skipNumber(start);
                add(Kind.LITERAL, start);
            } else if (c == '/' && operandExpected()) {
                skipRegex();
                add(Kind.LITERAL, start);
            } else {
                if (inTemplate && c == '}' && depth == 0) {
                    at++;
                    return;
                }
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                at += source.startsWith("...", at) ? 3 : source.startsWith("=>", at) || source.startsWith("++", at)
                        || source.startsWith("--", at) ? 2 : 1;
                add(Kind.PUNCTUATION, start);
            }
        }
    }

    private void add(Kind kind, int start) {
        tokens.add(new Token(kind, start, at, source.substring(start, at)));
    }

    private boolean operandExpected() {
        if (tokens.isEmpty()) {
            return true;
        }
        Token previous = tokens.get(tokens.size() - 1);
        return switch (previous.kind()) {
            case LITERAL -> false;
            case NAME -> BEFORE_OPERAND.contains(previous.text());
            case PUNCTUATION -> !previous.text().equals(")") && !previous.text().equals("]")
                    && !previous.text().equals("++") && !previous.text().equals("--");
        };
    }

    private void skipSpaceAndComments() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (source.startsWith("//", at)) {
                int end = source.indexOf('\n', at);
                at = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", at)) {
                int end = source.indexOf("*/", at + 2);
                if (end < 0) {
                    throw new IllegalStateException("a comment is not closed");
                }
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private void skipString(char quote) {
        at++;
        while (at < source.length() && source.charAt(at) != quote) {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        if (at >= source.length()) {
            throw new IllegalStateException("a string is not closed");
        }
        at++;
    }

    private void skipTemplate() {
        at++;
        while (at < source.length() && source.charAt(at) != '`') {
            if (source.charAt(at) == '\\') {
                at += 2;
            } else if (source.startsWith("${", at)) {
                at += 2;
                // The expression's tokens are part of the literal: scanned only to find where it ends.
                ScriptTokens inner = new ScriptTokens(source);
                inner.at = at;
                inner.scan(true);
                at = inner.at;
            } else {
                at++;
            }
        }
        if (at >= source.length()) {
            throw new IllegalStateException("a template literal is not closed");
        }
        at++;
    }

    private void skipNumber(int start) {
        boolean hex = source.startsWith("0x", start) || source.startsWith("0X", start);
        while (at < source.length()) {
            char c = source.charAt(at);
            char previous = source.charAt(at - 1);
            boolean exponentSign = (c == '+' || c == '-') && (previous == 'e' || previous == 'E') && !hex;
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && !exponentSign) {
                return;
            }
            at++;
        }
    }

    private void skipRegex() {
        at++;
        boolean inClass = false;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '\n') {
                break;
            }
            at++;
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                while (at < source.length() && Character.isJavaIdentifierPart(source.charAt(at))) {
                    at++;
                }
                return;
            }
        }
        throw new IllegalStateException("a regular expression is not closed at offset " + at);
    }

    private void match() {
        partners = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.PUNCTUATION) {
                continue;
            }
            switch (token.text()) {
                case "(", "[", "{" -> open.push(i);
                case ")", "]", "}" -> {
                    if (open.isEmpty() || !closes(tokens.get(open.peek()).text(), token.text())) {
                        throw new IllegalStateException("an unmatched '" + token.text() + "' at offset " + token.start());
                    }
                    int opening = open.pop();
                    partners[opening] = i;
                    partners[i] = opening;
                }
                default -> {
                }
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("an unclosed '" + tokens.get(open.peek()).text() + "'");
        }
    }

    private static boolean closes(String opening, String closing) {
        return opening.equals("(") && closing.equals(")") || opening.equals("[") && closing.equals("]")
                || opening.equals("{") && closing.equals("}");
    }
}
