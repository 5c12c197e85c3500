package dev.quire.internal.mdx;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The syntax of a post as a flexmark extension. {@link #mdx()} reads MDX: JSX, expressions and
 * admonitions (with {@link MdxParser}, which adds ESM and pairs tags into elements), with indented code and HTML switched off (a {@code <} is always JSX, so there
 * are no {@code <autolinks>} either). {@link #markdown()} adds only admonitions to CommonMark, as
 * Docusaurus does for {@code .md} files.
 */
public final class MdxExtension implements Parser.ParserExtension {

    private final boolean mdx;

    private MdxExtension(boolean mdx) {
        this.mdx = mdx;
    }

    public static MdxExtension mdx() {
        return new MdxExtension(true);
    }

    public static MdxExtension markdown() {
        return new MdxExtension(false);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        if (mdx) {
            options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
            options.set(Parser.HTML_BLOCK_PARSER, false);
        }
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AdmonitionParser.Factory());
        if (mdx) {
            builder.customBlockParserFactory(new MdxFlowParser.Factory());
            builder.customInlineParserExtensionFactory(new MdxInlineParser.Factory());
        }
    }
}
