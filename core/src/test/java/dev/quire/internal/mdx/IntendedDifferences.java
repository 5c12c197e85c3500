package dev.quire.internal.mdx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance cases Quire reads differently from the MDX compiler, each with why. Some are
 * meant (Quire reads a post as Docusaurus shows it, which is not always what the bare compiler
 * parses); the others are limits of flexmark or of a parser that does not run JavaScript, named
 * so. The test checks that each still differs, so one that is fixed must leave this list.
 */
final class IntendedDifferences {

    private static final String MATH = "Quire reads $…$ and $$…$$ as math (as a Docusaurus site with remark-math "
            + "does); the oracle parses without math, so braces in TeX are expressions there";
    private static final String JAVASCRIPT = "Quire does not run a JavaScript parser: it checks that brackets, "
            + "strings and comments close and refuses a stray `:`, but not every invalid JavaScript";
    private static final String DOCUSAURUS_TITLE = "Docusaurus reads `:::note Title` (its older admonition title "
            + "form) as a titled admonition; so does Quire";
    private static final String UNUSED_DIRECTIVES = "Docusaurus shows a text or leaf directive that no plugin "
            + "handles (`:smile`, `::hr`) as the text it was written as; so does Quire, which reads none";
    private static final String TRUNCATE = "Docusaurus reads HTML comments in MDX as MDX comments (its "
            + "`mdx1Compat.comments`, on by default), so `<!-- truncate -->` marks the excerpt; so does Quire";
    private static final String HEADING_ID = "Docusaurus reads a trailing `{#id}` of a heading as its anchor; "
            + "Quire keeps it as an expression for the heading to take";
    private static final String FLEXMARK_TABLES = "flexmark's tables: a row is padded or cut to the header's cells, "
            + "a table needs a blank line before it and outer pipes, and `\\|` in inline code stays escaped";
    private static final String FLEXMARK_GFM = "flexmark's GFM: tilde runs of different lengths (`~one~~`) "
            + "still strike through, and a task item needs a space after `[x]`";
    private static final String FLEXMARK_INDENTED_FENCE = "flexmark opens no fence indented four spaces or more, "
            + "which MDX (having no indented code) does";
    private static final String FLEXMARK_LINKS = "flexmark: the padding spaces of inline code are kept";

    static final Map<String, String> REASONS = reasons(Map.of(
            MATH, List.of("blog-posts/seed-style-post", "blog-posts/seed-style-post-escaped-math",
                    "blog-posts/inline-math-with-lt", "blog-posts/braces-in-latex-block",
                    "expressions/escaped-brace-boxed", "expressions/boxed-unescaped",
                    "expressions/dollar-math-with-braces", "expressions/double-dollar-block", "text-traps/dollar-price"),
            JAVASCRIPT, List.of("errors/invalid-expression-syntax", "errors/export-invalid",
                    "esm/import-then-heading-without-blank", "esm/export-then-jsx-without-blank",
                    "esm/esm-invalid-javascript", "esm/esm-not-import-or-export", "expressions/curly-quotes-in-expression",
                    "parser-edges/error-esm-without-blank-line"),
            DOCUSAURUS_TITLE, List.of("blog-posts/admonition-title-old-style", "directives/tip-with-space-title"),
            UNUSED_DIRECTIVES, List.of("directives/leaf-directive", "directives/leaf-directive-no-label",
                    "directives/text-directive", "directives/text-directive-no-label", "directives/colon-before-word"),
            TRUNCATE, List.of("errors/html-comment-truncate", "parser-edges/error-html-comment-truncate",
                    "errors/html-comment-inline", "blog-posts/heading-with-html-comment-id", "parser-edges/error-html-comment"),
            HEADING_ID, List.of("errors/heading-custom-id"),
            FLEXMARK_TABLES, List.of("gfm/table-without-outer-pipes", "gfm/table-fewer-cells-in-row",
                    "gfm/table-more-cells-in-row", "gfm/table-inline-code-with-pipe", "gfm/table-after-paragraph"),
            FLEXMARK_GFM, List.of("gfm/strikethrough-mixed", "gfm/strikethrough-triple", "gfm/task-list-no-space"),
            FLEXMARK_INDENTED_FENCE, List.of("jsx-elements/tabs-with-indented-tabitems"),
            FLEXMARK_LINKS, List.of("markdown/inline-code-with-spaces")));

    private IntendedDifferences() {
    }

    private static Map<String, String> reasons(Map<String, List<String>> casesByReason) {
        Map<String, String> reasons = new HashMap<>();
        casesByReason.forEach((reason, cases) -> cases.forEach(c -> reasons.put(c, reason)));
        return Map.copyOf(reasons);
    }
}
