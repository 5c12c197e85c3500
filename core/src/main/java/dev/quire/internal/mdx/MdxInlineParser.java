package dev.quire.internal.mdx;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;

/**
 * JSX and expressions in text: every {@code <} not followed by white space is a JSX tag (so there
 * is no HTML and no {@code <autolink>} in MDX), every {@code {} an expression.
 */
final class MdxInlineParser implements InlineParserExtension {

    private static final java.util.regex.Pattern BARE_URL = java.util.regex.Pattern.compile(
            "(?:https?://|www\\.)[^\\s<]*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public void finalizeDocument(InlineParser parser) {
    }

    @Override
    public void finalizeBlock(InlineParser parser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        IntUnaryOperator offsets = index -> offsetOf(input, index);
        int end;
        if (input.charAt(start) == '{') {
            if (inBareUrl(input, start)) {
                // GFM reads 'https://example.com/{id}' as one link, braces and all.
                return false;
            }
            end = Js.requireExpressionEnd(input, start, offsets);
            Js.requireExpression(input.subSequence(start + 1, end - 1), offset -> offsets.applyAsInt(start + 1 + offset));
            parser.flushTextNode();
            parser.getBlock().appendChild(new TextExpression(input.subSequence(start, end),
                    Js.dedentContinuations(input.subSequence(start + 1, end - 1))));
        } else {
            Matcher comment = MdxFlowParser.HTML_COMMENT.matcher(input).region(start, input.length());
            if (comment.lookingAt()) {
                end = comment.end();
                parser.flushTextNode();
                parser.getBlock().appendChild(new TextExpression(input.subSequence(start, end), "/*" + comment.group(1) + "*/"));
            } else {
                JsxTag tag = JsxTagReader.read(input, start, offsets);
                if (tag == null) {
                    return false;
                }
                end = tag.end();
                parser.flushTextNode();
                parser.getBlock().appendChild(new JsxTagNode(input.subSequence(start, end), tag, false));
            }
        }
        parser.setIndex(end);
        return true;
    }

    /** Whether the text before {@code index}, back to white space, is a URL that GFM would link. */
    private static boolean inBareUrl(BasedSequence input, int index) {
        int from = index;
        while (from > 0 && !Character.isWhitespace(input.charAt(from - 1)) && input.charAt(from - 1) != '(') {
            from--;
        }
        return BARE_URL.matcher(input.subSequence(from, index)).lookingAt();
    }

    /** The offset in the document of an index in a paragraph's text (which leaves out container prefixes). */
    private static int offsetOf(BasedSequence input, int index) {
        if (index >= input.length()) {
            return input.getEndOffset();
        }
        return input.subSequence(index).getStartOffset();
    }

    static final class Factory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "<{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new MdxInlineParser();
        }

    }
}
