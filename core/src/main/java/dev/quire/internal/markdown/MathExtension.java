package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.internal.mdx.Independent;
import dev.quire.internal.text.Html;
import java.util.Set;

/**
 * TeX math: {@code $…$} inline and {@code $$ … $$} blocks (also {@code ```math} fences). The TeX is
 * kept verbatim, escaped for HTML, between {@code \(…\)} or {@code \[…\]} in elements of class
 * {@code math}, for the theme to typeset (e.g. with KaTeX). Dollar amounts stay text: the opening
 * {@code $} must be followed by a non-space, the closing one preceded by a non-space and not
 * followed by a digit, as in Pandoc.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineFactory());
        builder.customBlockParserFactory(new BlockFactory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    static void writeInline(HtmlWriter html, String tex) {
        html.raw("<span class=\"math math-inline\">\\(" + Html.escape(tex) + "\\)</span>");
    }

    static void writeDisplay(HtmlWriter html, String tex) {
        html.line().raw("<div class=\"math math-display\">\\[" + Html.escape(tex) + "\\]</div>").line();
    }

    static boolean isMathFence(FencedCodeBlock fence) {
        return CodeFence.of(fence.getInfo().toString()).language().equals("math");
    }

    static String fenceTex(FencedCodeBlock fence) {
        return fence.getContentChars().normalizeEOL().trim().toString();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(MathInline.class, (node, context, html) -> writeInline(html, node.tex())),
                    new NodeRenderingHandler<>(MathBlock.class, (node, context, html) -> writeDisplay(html, node.tex())),
                    new NodeRenderingHandler<>(DisplayInline.class, (node, context, html) -> html.raw(
                            "<span class=\"math math-display\">\\[" + Html.escape(node.tex()) + "\\]</span>")),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, Renderer::renderFence));
        }

        /** A {@code ```math} fence is display math; other fences are code. */
        private static void renderFence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            if (isMathFence(node)) {
                writeDisplay(html, fenceTex(node));
            } else {
                context.delegateRender();
            }
        }
    }

    private static final class InlineFactory implements InlineParserExtensionFactory, Independent {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new InlineMathParser();
        }
    }

    private static final class InlineMathParser implements InlineParserExtension {
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
            int length = input.length();
            boolean display = start + 1 < length && input.charAt(start + 1) == '$';
            int open = display ? 2 : 1;
            int from = start + open;
            if (from >= length || Character.isWhitespace(input.charAt(from)) && !display) {
                return false;
            }
            for (int i = from; i < length; i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (c != '$') {
                    continue;
                }
                if (display) {
                    if (i + 1 < length && input.charAt(i + 1) == '$' && i > from) {
                        String tex = input.subSequence(from, i).toString().strip();
                        return append(parser, input.subSequence(start, i + 2), tex, i + 2, true);
                    }
                    continue;
                }
                boolean closes = !Character.isWhitespace(input.charAt(i - 1))
                        && (i + 1 >= length || !Character.isDigit(input.charAt(i + 1)));
                if (closes && i > from) {
                    return append(parser, input.subSequence(start, i + 1), input.subSequence(from, i).toString(), i + 1, false);
                }
                return false;
            }
            return false;
        }

        private static boolean append(LightInlineParser parser, BasedSequence chars, String tex, int next, boolean display) {
            parser.flushTextNode();
            if (display) {
                parser.getBlock().appendChild(new DisplayInline(chars, tex));
            } else {
                parser.getBlock().appendChild(new MathInline(chars, tex));
            }
            parser.setIndex(next);
            return true;
        }
    }

    /** {@code $$…$$} written inside a paragraph: displayed on its own line by the theme's CSS. */
    static final class DisplayInline extends com.vladsch.flexmark.util.ast.Node {
        private final String tex;

        DisplayInline(BasedSequence chars, String tex) {
            super(chars);
            this.tex = tex;
        }

        String tex() {
            return tex;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class BlockFactory implements CustomBlockParserFactory, Independent {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return (state, matched) -> {
                if (state.getIndent() >= 4) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                BasedSequence rest = line.subSequence(at).trimEnd();
                if (!rest.startsWith("$$")) {
                    return BlockStart.none();
                }
                BasedSequence after = rest.subSequence(2);
                MathBlockParser parser = new MathBlockParser(line.subSequence(at));
                if (after.endsWith("$$") && after.length() >= 2) {
                    parser.single(after.subSequence(0, after.length() - 2).toString().strip());
                } else if (!after.isBlank()) {
                    return BlockStart.none();
                }
                return BlockStart.of(parser).atIndex(line.length());
            };
        }
    }

    private static final class MathBlockParser extends AbstractBlockParser {
        private final MathBlock block;
        private final StringBuilder tex = new StringBuilder();
        private boolean done;

        MathBlockParser(BasedSequence opening) {
            this.block = new MathBlock(opening);
        }

        void single(String content) {
            tex.append(content);
            done = true;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (done) {
                return BlockContinue.none();
            }
            BasedSequence line = state.getLine().trim();
            if (line.endsWith("$$")) {
                tex.append(line.subSequence(0, line.length() - 2));
                done = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            tex.append(line.toString().stripTrailing()).append('\n');
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setTex(tex.toString().strip());
        }
    }
}
