package dev.quire.internal.mdx;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Docusaurus admonitions ({@code :::note} … {@code :::}) as blocks, in Markdown and in MDX alike. */
public final class AdmonitionExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AdmonitionParser.Factory());
    }
}
