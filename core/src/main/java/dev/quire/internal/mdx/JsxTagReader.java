package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Reads one JSX tag by the grammar of micromark-extension-mdx-jsx, with its errors: a {@code <}
 * followed by white space is text ({@code 1 < 3}); any other {@code <} starts a tag, and a tag
 * that breaks the grammar is a syntax error, not text.
 */
final class JsxTagReader {

    private static final String NAME_START = "a character that can start a name, such as a letter, `$`, or `_`";
    private static final String NAME_PART = "a name character such as letters, digits, `$`, or `_`; whitespace "
            + "before attributes; or the end of the tag";
    private static final String ATTRIBUTE_START = "a character that can start an attribute name, such as a letter, "
            + "`$`, or `_`; whitespace before attributes; or the end of the tag";

    private final CharSequence s;
    private final IntUnaryOperator offsets;
    private int p;
    /** Where the last name or value ended: JSX needs white space between a name and what follows. */
    private int tokenEnd;

    private JsxTagReader(CharSequence s, int start, IntUnaryOperator offsets) {
        this.s = s;
        this.p = start;
        this.offsets = offsets;
    }

    /**
     * The tag whose {@code <} is at {@code s.charAt(start)}, or null when white space follows the
     * {@code <}, which makes it text.
     *
     * @param offsets maps an index in {@code s} to the offset in the parsed text, for errors
     * @throws MdxSyntaxException where MDX would refuse the tag
     */
    static JsxTag read(CharSequence s, int start, IntUnaryOperator offsets) {
        if (start + 1 < s.length() && Js.isWhitespace(s.charAt(start + 1))) {
            return null;
        }
        return new JsxTagReader(s, start, offsets).tag();
    }

    private JsxTag tag() {
        int start = p++;
        boolean closing = false;
        if (at('/')) {
            closing = true;
            p++;
        }
        skipWhitespace();
        if (at('>')) {
            p++;
            return new JsxTag(null, List.of(), closing, false, start, p);
        }
        require(Js.isIdentifierStart(peek()), "before name", NAME_START);
        StringBuilder name = new StringBuilder(identifier());
        skipWhitespace();
        if (at('.')) {
            while (at('.')) {
                p++;
                skipWhitespace();
                require(Js.isIdentifierStart(peek()), "before member name", NAME_START);
                name.append('.').append(identifier());
                skipWhitespace();
            }
        } else if (at(':')) {
            p++;
            skipWhitespace();
            require(Js.isIdentifierStart(peek()), "before local name", NAME_START);
            name.append(':').append(identifier());
            skipWhitespace();
        }
        List<JsxTag.Attribute> attributes = new ArrayList<>();
        boolean needsSpace = true;
        while (true) {
            skipWhitespace();
            boolean spaced = p > tokenEnd;
            require(p < s.length(), "after name", ATTRIBUTE_START);
            char c = s.charAt(p);
            if (c == '>') {
                p++;
                return new JsxTag(name.toString(), List.copyOf(attributes), closing, false, start, p);
            }
            if (c == '/') {
                // '</a/>' is read, and refused when tags are paired, where MDX refuses it.
                p++;
                skipWhitespace();
                require(at('>'), "after self-closing slash", "`>` to end the tag");
                p++;
                return new JsxTag(name.toString(), List.copyOf(attributes), closing, true, start, p);
            }
            if (closing) {
                throw error("Unexpected attribute in closing tag, expected the end of the tag");
            }
            if (c == '{') {
                attributes.add(new JsxTag.Attribute(null, JsxTag.Kind.SPREAD, spread()));
                needsSpace = false;
                continue;
            }
            if (attributes.isEmpty() && !spaced) {
                require(Js.isIdentifierStart(c) && !needsSpace, "in name", NAME_PART);
            }
            require(Js.isIdentifierStart(c) && (spaced || !needsSpace), attributes.isEmpty() ? "after name"
                    : "after attribute", ATTRIBUTE_START);
            attributes.add(attribute());
            needsSpace = attributes.get(attributes.size() - 1).kind() == JsxTag.Kind.BOOLEAN;
        }
    }

    private JsxTag.Attribute attribute() {
        StringBuilder name = new StringBuilder(identifier());
        skipWhitespace();
        if (at(':')) {
            p++;
            skipWhitespace();
            require(Js.isIdentifierStart(peek()), "before local attribute name", NAME_START);
            name.append(':').append(identifier());
            skipWhitespace();
        }
        if (!at('=')) {
            return new JsxTag.Attribute(name.toString(), JsxTag.Kind.BOOLEAN, null);
        }
        p++;
        skipWhitespace();
        require(p < s.length(), "before attribute value", "a character that can start an attribute value, such as `\"`, `'`, or `{`");
        char c = s.charAt(p);
        if (c == '"' || c == '\'') {
            int close = indexOf(c, p + 1);
            if (close < 0) {
                p = s.length();
                require(false, "in attribute value", "a corresponding closing quote `" + c + "`");
            }
            // MDX takes the indentation of the lines a value runs over out of it.
            String value = Escaping.unescapeHtml(s.subSequence(p + 1, close)).replaceAll("\n[ \t]+", "\n");
            p = close + 1;
            tokenEnd = p;
            return new JsxTag.Attribute(name.toString(), JsxTag.Kind.LITERAL, value);
        }
        require(c == '{', "before attribute value", "a character that can start an attribute value, such as `\"`, `'`, or `{`");
        int open = p;
        String value = expression();
        if (Js.isEmpty(value)) {
            p = open + 1;
            throw error("Unexpected empty expression: an attribute value needs JavaScript between its braces");
        }
        return new JsxTag.Attribute(name.toString(), JsxTag.Kind.EXPRESSION, value);
    }

    /** {@code {...props}}: the only expression JSX allows in place of an attribute. */
    private String spread() {
        int open = p;
        String value = expression();
        if (!value.strip().startsWith("...")) {
            p = open + 1;
            throw error("Unexpected expression in tag: only spread elements are supported (`{...spread}`)");
        }
        return value;
    }

    /** The source between the braces of the expression at {@code p}, which must be valid and closed. */
    private String expression() {
        int end = Js.requireExpressionEnd(s, p, offsets);
        // MDX takes the indentation of the lines an attribute's expression runs over out of it.
        String value = s.subSequence(p + 1, end - 1).toString().replaceAll("\n[ \t]+", "\n");
        p = end;
        tokenEnd = p;
        return value;
    }

    private String identifier() {
        int from = p++;
        while (p < s.length() && Js.isIdentifierPart(s.charAt(p))) {
            p++;
        }
        tokenEnd = p;
        return s.subSequence(from, p).toString();
    }

    private boolean skipWhitespace() {
        int from = p;
        while (p < s.length() && Js.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p > from;
    }

    private boolean at(char c) {
        return p < s.length() && s.charAt(p) == c;
    }

    private char peek() {
        return p < s.length() ? s.charAt(p) : '\0';
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Throws MDX's "Unexpected … $at, expected $expected" unless {@code ok}. */
    private void require(boolean ok, String where, String expected) {
        if (ok) {
            return;
        }
        String what = p >= s.length() ? "end of file" : describe(s.charAt(p));
        String note = "";
        if (p < s.length() && s.charAt(p) == '!' && where.equals("before name")) {
            note = " (note: to create a comment in MDX, use `{/* text */}`)";
        } else if (p < s.length() && s.charAt(p) == '/' && where.equals("before local name")) {
            note = " (note: to create a link in MDX, use `[text](url)`)";
        }
        throw error("Unexpected " + what + " " + where + ", expected " + expected + note);
    }

    private MdxSyntaxException error(String message) {
        return new MdxSyntaxException(offsets.applyAsInt(Math.min(p, s.length())), message);
    }

    static String describe(char c) {
        return "character `" + c + "` (U+" + String.format("%04X", (int) c) + ")";
    }
}
