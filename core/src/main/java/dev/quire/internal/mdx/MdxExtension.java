package dev.quire.internal.mdx;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * MDX's syntax as a flexmark extension: JSX and expressions in flow and in text, with indented
 * code and HTML switched off (a {@code <} is always JSX, so there are no {@code <autolinks>}
 * either). Parse with {@link MdxParser}, which adds ESM and pairs tags into elements.
 */
public final class MdxExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MdxFlowParser.Factory());
        builder.customInlineParserExtensionFactory(new MdxInlineParser.Factory());
    }
}
