package dev.quire.internal.content;

import dev.quire.internal.mdx.MdxHtmlRenderer;
import dev.quire.model.MdxImport;
import java.util.List;

/**
 * A body after the MDX step: plain Markdown with raw HTML that flexmark can parse.
 *
 * @param markdown  the Markdown
 * @param lineMap   for each line of {@code markdown} (0-based), its line in the source file
 * @param imports   the import bindings that were taken out
 * @param truncated true when the body had a truncate marker; it is now {@link #TRUNCATE}
 */
public record Preprocessed(String markdown, int[] lineMap, List<MdxImport> imports, boolean truncated) {

    /** The one form of the excerpt marker that reaches the Markdown parser: the one the MDX renderer writes. */
    public static final String TRUNCATE = MdxHtmlRenderer.TRUNCATE;

    /** The class of the {@code <p>} that holds an admonition's title. */
    public static final String ADMONITION_TITLE_CLASS = MdxHtmlRenderer.ADMONITION_TITLE_CLASS;

    /** Where Docusaurus's {@code <TOCInline />} stood; replaced by the table of contents when rendered. */
    public static final String TOC = MdxHtmlRenderer.TOC;
}
