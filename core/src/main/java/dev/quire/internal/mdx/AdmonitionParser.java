package dev.quire.internal.mdx;

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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus admonitions as a container block, so they work wherever a block can stand: in list
 * items, block quotes, JSX elements and each other. The fence has three colons or more; a closing
 * fence needs at least as many as its opening, so an admonition with more colons can hold others.
 */
final class AdmonitionParser extends AbstractBlockParser {

    /** The keywords Docusaurus knows; other {@code :::words} stay text. */
    static final Set<String> TYPES = Set.of("note", "tip", "info", "warning", "danger", "caution", "important",
            "success", "secondary");
    private static final Pattern OPENING = Pattern.compile(
            "(?<colons>:{3,})(?<type>[A-Za-z]+)(?:\\[(?<bracket>[^\\]]*)]|\\{title=\"(?<braced>[^\"]*)\"}|[ \\t]+(?<spaced>.*?))?[ \\t]*");
    private static final Pattern CLOSING = Pattern.compile("(?<colons>:{3,})[ \\t]*");

    private final Admonition block;
    private final int colons;

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
        if (state.getIndent() < 4 && !insideRawBlock(state)) {
            Matcher closing = CLOSING.matcher(state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL());
            if (closing.matches() && closing.group("colons").length() >= colons) {
                return BlockContinue.finished();
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** A fence inside a code block (or other verbatim block) of this admonition is the code's. */
    private boolean insideRawBlock(ParserState state) {
        BlockParser innermost = state.getActiveBlockParser();
        if (innermost == this || innermost.isContainer() || innermost.isParagraphParser()) {
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

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return (state, matched) -> {
                if (state.getIndent() >= 4) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEOL();
                Matcher m = OPENING.matcher(rest);
                if (!m.matches() || !TYPES.contains(m.group("type").toLowerCase(Locale.ROOT))) {
                    return BlockStart.none();
                }
                String title = m.group("bracket") != null ? m.group("bracket")
                        : m.group("braced") != null ? m.group("braced") : m.group("spaced");
                Admonition admonition = new Admonition(rest, m.group("type").toLowerCase(Locale.ROOT),
                        title == null || title.isBlank() ? null : title.strip());
                return BlockStart.of(new AdmonitionParser(admonition, m.group("colons").length())).atIndex(line.length());
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
