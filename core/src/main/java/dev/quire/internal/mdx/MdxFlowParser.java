package dev.quire.internal.mdx;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that hold only JSX tags and {@code {expressions}}, as MDX's JSX (flow) and expression
 * (flow) constructs read them: a tag or expression may run over several lines, and may
 * interrupt a paragraph. A line where anything else follows is left to the paragraph, whose
 * inline parser reads the same tags as JSX in text.
 */
final class MdxFlowParser extends AbstractBlockParser {

    /**
     * Docusaurus reads HTML comments in MDX as MDX comments (its {@code mdx1Compat.comments}, on by default):
     * {@code <!-- truncate -->} means the same as {@code {/* truncate *&#47;}}.
     */
    static final Pattern HTML_COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

    private final MdxFlowLine block;
    private final int end;

    private MdxFlowParser(MdxFlowLine block, int end) {
        this.block = block;
        this.end = end;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        // The lines of a tag or expression that runs over several lines belong to it.
        return state.getLine().getStartOffset() < end ? BlockContinue.atIndex(state.getLine().length()) : BlockContinue.none();
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    /**
     * Reads the tags and expressions at the start of {@code view} up to the end of their line; null
     * when the line holds more. {@code view} is the text from the {@code <} or {@code {} on, with
     * the prefixes of the containers it is in taken off its following lines.
     */
    static MdxFlowParser read(BasedSequence view) {
        IntUnaryOperator offsets = index -> index >= view.length() ? view.getEndOffset() : view.subSequence(index).getStartOffset();
        List<Node> items = new ArrayList<>();
        int i = 0;
        int n = view.length();
        boolean afterExpression = false;
        while (true) {
            char c = view.charAt(i);
            if (c == '{' && afterExpression) {
                // '{a}{b}' is a paragraph in MDX: an expression may follow a tag on its line, not another expression.
                return null;
            }
            afterExpression = c == '{';
            int itemEnd;
            if (c == '<') {
                Matcher comment = HTML_COMMENT.matcher(view).region(i, n);
                if (comment.lookingAt()) {
                    itemEnd = comment.end();
                    items.add(new FlowExpression(view.subSequence(i, itemEnd), "/*" + comment.group(1) + "*/"));
                } else {
                    JsxTag tag = JsxTagReader.read(view, i, offsets);
                    if (tag == null) {
                        return null;
                    }
                    itemEnd = tag.end();
                    items.add(new JsxTagNode(view.subSequence(i, itemEnd), tag, true));
                }
            } else {
                itemEnd = Js.requireExpressionEnd(view, i, offsets);
                int codeStart = i + 1;
                Js.requireExpression(view.subSequence(codeStart, itemEnd - 1), offset -> offsets.applyAsInt(codeStart + offset));
                items.add(new FlowExpression(view.subSequence(i, itemEnd),
                        Js.dedentContinuations(view.subSequence(i + 1, itemEnd - 1))));
            }
            i = itemEnd;
            while (i < n && (view.charAt(i) == ' ' || view.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n || view.charAt(i) == '\n' || view.charAt(i) == '\r') {
                break;
            }
            if (view.charAt(i) != '<' && view.charAt(i) != '{') {
                return null;
            }
        }
        MdxFlowLine line = new MdxFlowLine(view.subSequence(0, i));
        items.forEach(line::appendChild);
        return new MdxFlowParser(line, offsets.applyAsInt(i));
    }

    static final class Factory implements CustomBlockParserFactory, Independent {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                if (at >= line.length() || line.charAt(at) != '<' && line.charAt(at) != '{') {
                    return BlockStart.none();
                }
                MdxFlowParser parser = read(ContainerView.of(line, state.getIndex(), at));
                return parser == null ? BlockStart.none() : BlockStart.of(parser).atIndex(line.length());
            };
        }

    }
}
