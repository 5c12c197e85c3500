package dev.quire.internal.mdx;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.parser.InlineParser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus admonitions as a container block, so they work wherever a block can stand: in list
 * items, block quotes, JSX elements and each other. The fence has three colons or more; a closing
 * fence needs at least as many as its opening, and closes every admonition it is inside of with
 * fewer or as many colons (as remark-directive does): an admonition that holds others has more.
 */
final class AdmonitionParser extends AbstractBlockParser {

    /** The keywords Docusaurus knows; other {@code :::words} stay text. */
    static final Set<String> TYPES = Set.of("note", "tip", "info", "warning", "danger", "caution", "important",
            "success", "secondary");
    private static final Pattern CLOSING = Pattern.compile("(?<colons>:{3,})[ \\t]*");

    private final Admonition block;
    private final int colons;
    private boolean closed;

    private AdmonitionParser(Admonition block, int colons) {
        this.block = block;
        this.colons = colons;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        // As micromark: where indented code is off (MDX), a closing fence may be indented any amount,
        // even inside a list item of the admonition.
        boolean anyIndent = !Parser.INDENTED_CODE_BLOCK_PARSER.get(state.getProperties());
        if ((anyIndent || state.getIndent() < state.getParsing().CODE_BLOCK_INDENT) && !insideFencedCode(state)) {
            Matcher closing = CLOSING.matcher(state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL());
            if (closing.matches() && closing.group("colons").length() >= colons) {
                // flexmark's BlockContinue.finished() closes a container but leaves its open children
                // active; so the fence line is taken whole (closing the children as a blank line
                // would) and the admonition ends before the next line.
                closed = true;
                return BlockContinue.atIndex(state.getLine().length());
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** A fence inside a fenced code block of this admonition is the code's. */
    private boolean insideFencedCode(ParserState state) {
        BlockParser innermost = state.getActiveBlockParser();
        if (!(innermost.getBlock() instanceof FencedCodeBlock)) {
            return false;
        }
        for (Node node = innermost.getBlock(); node != null; node = node.getParent()) {
            if (node == block) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        AdmonitionTitle title = block.title();
        if (title != null) {
            inlineParser.parse(title.getChars(), title);
        }
    }

    /**
     * Reads an opening fence: colons, a known type, then a {@code [label]} and {@code {attributes}}
     * as remark-directive reads them, or Docusaurus's older {@code :::note Title} form; null when
     * the line is no opening fence.
     */
    static AdmonitionParser opening(BasedSequence rest) {
        int colons = 0;
        while (colons < rest.length() && rest.charAt(colons) == ':') {
            colons++;
        }
        int nameEnd = colons;
        while (nameEnd < rest.length() && (Character.isLetterOrDigit(rest.charAt(nameEnd)) || rest.charAt(nameEnd) == '-'
                || rest.charAt(nameEnd) == '_')) {
            nameEnd++;
        }
        String type = rest.subSequence(colons, nameEnd).toString().toLowerCase(Locale.ROOT);
        if (colons < 3 || !TYPES.contains(type)) {
            return null;
        }
        int i = nameEnd;
        BasedSequence label = null;
        if (i < rest.length() && rest.charAt(i) == '[') {
            int close = labelEnd(rest, i);
            if (close < 0) {
                return null;
            }
            label = rest.subSequence(i + 1, close);
            i = close + 1;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (i < rest.length() && rest.charAt(i) == '{') {
            int close = rest.indexOf('}', i);
            if (close < 0 || !DirectiveAttributes.read(rest.subSequence(i + 1, close), attributes)) {
                return null;
            }
            i = close + 1;
        }
        BasedSequence after = rest.subSequence(i).trim();
        if (!after.isEmpty()) {
            if (label != null || !attributes.isEmpty() || i == nameEnd && !Character.isWhitespace(rest.charAt(i))) {
                return null;
            }
            label = after;
        }
        Admonition admonition = new Admonition(rest, type, attributes);
        if (label != null && !label.isBlank()) {
            admonition.appendChild(new AdmonitionTitle(label.trim()));
        }
        return new AdmonitionParser(admonition, colons);
    }

    /** The index of the {@code ]} that closes the label opened at {@code open}, brackets nesting; or -1. */
    private static int labelEnd(CharSequence s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static final class Factory implements CustomBlockParserFactory, Independent {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return (state, matched) -> {
                if (state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                AdmonitionParser parser = opening(line.subSequence(state.getNextNonSpaceIndex()).trimEOL());
                return parser == null ? BlockStart.none() : BlockStart.of(parser).atIndex(line.length());
            };
        }

    }
}
