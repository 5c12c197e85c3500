package dev.quire.plugin.arxiv.render;

import static dev.quire.plugin.arxiv.render.BibTexTest.paper;
import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import dev.quire.internal.markdown.Markdown;
import dev.quire.plugin.arxiv.Paper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkDecoratorTest {

    /** Quire's Markdown, so the HTML is what a build makes. */
    private static final Markdown MARKDOWN = new Markdown(List.of());
    private static final Paper ALPHA = paper("2511.00001", "Alpha", "Ann Lee", "2025-11-01T00:00:00Z");
    private static final Paper BETA = paper("2511.00002", "Beta", "Ben Kim", "2025-11-02T00:00:00Z");
    private static final Map<String, Paper> KNOWN = Map.of(ALPHA.id(), ALPHA, BETA.id(), BETA);
    private static final String ALPHA_ROW = "<a href=\"https://arxiv.org/abs/2511.00001\">arXiv:2511.00001</a> · "
            + "<a href=\"https://arxiv.org/pdf/2511.00001\">PDF</a>";
    private static final String BETA_ROW = "<a href=\"https://arxiv.org/abs/2511.00002\">arXiv:2511.00002</a> · "
            + "<a href=\"https://arxiv.org/pdf/2511.00002\">PDF</a>";

    private static String decorated(String markdown) {
        Document document = MARKDOWN.parse(markdown);
        LinkDecorator.decorate(document, KNOWN);
        return MARKDOWN.render(document, false).html();
    }

    @Test
    void givesEveryKindOfLinkATooltipAndKeepsItsText() {
        String html = decorated("""
                [*Alpha* paper](https://arxiv.org/abs/2511.00001v2), <https://arxiv.org/pdf/2511.00002.pdf>,
                https://hf.co/papers/2511.00001 and [ref][r].

                [r]: https://alphaxiv.org/abs/2511.00002
                """);
        assertThat(html).contains(
                "<a href=\"https://arxiv.org/abs/2511.00001v2\" title=\"Alpha — Ann Lee, Second Author\"><em>Alpha</em> paper</a>",
                "<a href=\"https://arxiv.org/pdf/2511.00002.pdf\" title=\"Beta — Ben Kim, Second Author\">https://arxiv.org/pdf/2511.00002.pdf</a>",
                "<a href=\"https://hf.co/papers/2511.00001\" title=\"Alpha — Ann Lee, Second Author\">https://hf.co/papers/2511.00001</a>",
                "<a href=\"https://alphaxiv.org/abs/2511.00002\" title=\"Beta — Ben Kim, Second Author\">ref</a>");
    }

    @Test
    void turnsMentionsIntoLinksButNotInsideOtherLinks() {
        String html = decorated("See arXiv:2511.00001 and arXiv:2511.00002v1, [not arXiv:2511.00001](https://example.org).\n");
        assertThat(html).startsWith("<p>See <a href=\"https://arxiv.org/abs/2511.00001\" title=\"Alpha — Ann Lee, Second Author\">"
                + "arXiv:2511.00001</a> and <a href=\"https://arxiv.org/abs/2511.00002\" title=\"Beta — Ben Kim, Second Author\">"
                + "arXiv:2511.00002v1</a>, <a href=\"https://example.org\">not arXiv:2511.00001</a>.</p>\n");
    }

    @Test
    void putsOneRowPerPaperAfterTheBlockThatFirstNamesIt() {
        String html = decorated("""
                ## [Alpha](https://arxiv.org/abs/2511.00001)

                Compare with arXiv:2511.00002 and [Alpha again](https://arxiv.org/abs/2511.00001).

                Beta once more: arXiv:2511.00002.
                """);
        assertThat(html).contains("</h2>\n<p class=\"paper-links\">" + ALPHA_ROW + "</p>")
                .contains("Alpha again</a>.</p>\n<p class=\"paper-links\">" + BETA_ROW + "</p>");
        assertThat(html.split("class=\"paper-links\"", -1)).hasSize(3);
    }

    @Test
    void keepsRowsInOrderWhenABlockNamesSeveralPapers() {
        String html = decorated("Both arXiv:2511.00002 and arXiv:2511.00001.\n");
        assertThat(html).endsWith("</p>\n<p class=\"paper-links\">" + BETA_ROW + "</p>\n<p class=\"paper-links\">" + ALPHA_ROW + "</p>\n");
    }

    @Test
    void putsTheRowInlineWhereThereIsNoParagraph() {
        String html = decorated("""
                | paper |
                | --- |
                | [Alpha](https://arxiv.org/abs/2511.00001) |
                """);
        assertThat(html).contains("Alpha</a> <span class=\"paper-links\">" + ALPHA_ROW + "</span></td>");
    }

    @Test
    void keepsTheAuthorsOwnTitleAndLeavesUnknownPapersAndRawHtmlAlone() {
        String html = decorated("""
                [Alpha](https://arxiv.org/abs/2511.00001 "my note") and [Gamma](https://arxiv.org/abs/2511.00003)
                and <a href="https://arxiv.org/abs/2511.00002">raw Beta</a>.
                """);
        assertThat(html).contains("<a href=\"https://arxiv.org/abs/2511.00001\" title=\"my note\">Alpha</a>",
                "<a href=\"https://arxiv.org/abs/2511.00003\">Gamma</a>",
                "<a href=\"https://arxiv.org/abs/2511.00002\">raw Beta</a>");
        assertThat(html).doesNotContain(BETA_ROW);
    }

    @Test
    void leavesADocumentWithoutKnownPapersUntouched() {
        String markdown = "Nothing [here](https://example.org) or arXiv:2511.00009.\n";
        Document document = MARKDOWN.parse(markdown);
        String before = MARKDOWN.render(MARKDOWN.parse(markdown), false).html();
        LinkDecorator.decorate(document, KNOWN);
        assertThat(MARKDOWN.render(document, false).html()).isEqualTo(before);
    }
}
