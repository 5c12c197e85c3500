package dev.quire.plugin.arxiv.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.arxiv.Hostile;
import dev.quire.plugin.arxiv.Paper;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibTexTest {

    static Paper paper(String id, String title, String firstAuthor, String published) {
        return new Paper(id, 1, title, List.of(firstAuthor, "Second Author"), "Summary.",
                OffsetDateTime.parse(published), OffsetDateTime.parse(published), "cs.CV", List.of("cs.CV"),
                null, null, null, "https://arxiv.org/abs/" + id, "https://arxiv.org/pdf/" + id, null, null, null,
                null, "/papers/" + id.replace('/', '_') + ".bib", null);
    }

    @Test
    void writesTheEntryArxivWouldExport() {
        Paper paper = paper("2511.21541", "Video Generation Models Are Good Latent Reward Models", "Xiaoyue Mi",
                "2025-11-26T16:14:00Z");
        assertThat(BibTex.entry(paper, "mi2025video")).isEqualTo("""
                @misc{mi2025video,
                  title = {{Video Generation Models Are Good Latent Reward Models}},
                  author = {Xiaoyue Mi and Second Author},
                  year = {2025},
                  month = nov,
                  eprint = {2511.21541},
                  archivePrefix = {arXiv},
                  primaryClass = {cs.CV},
                  url = {https://arxiv.org/abs/2511.21541},
                }
                """);
    }

    @Test
    void keepsEveryFieldClosedAndEveryCommandInert() {
        String bib = BibTex.entry(Hostile.paper(), "eve2025script");
        assertThat(braceDepthNeverDropsBelowOneInsideTheEntry(bib)).isTrue();
        assertThat(bib).doesNotContain("\\input{", "note = {injected")
                .contains("\\textbackslash{}input\\textbraceleft{}/etc/passwd\\textbraceright{}")
                .contains("\\textbraceleft{}braces\\textbraceright{}\\textbraceright{}")
                .contains("$x^2$")
                .contains("Bob \\& Co")
                .contains("note = {J. Evil \\textbraceleft{}1\\textbraceright{}}");
    }

    @Test
    void escapesMathThatIsUnbalancedOrDangerous() {
        assertThat(BibTex.text("safe $\\mathcal{O}(n)$")).isEqualTo("safe $\\mathcal{O}(n)$");
        assertThat(BibTex.text("$}$")).isEqualTo("\\$\\textbraceright{}\\$");
        assertThat(BibTex.text("$\\input{x}$")).isEqualTo("\\$\\textbackslash{}input\\textbraceleft{}x\\textbraceright{}\\$");
        assertThat(BibTex.text("100% of #1 & ~_^")).isEqualTo(
                "100\\% of \\#1 \\& \\textasciitilde{}\\_\\textasciicircum{}");
    }

    @Test
    void joinsEntriesWithBlankLines() {
        Paper a = paper("2511.00001", "Alpha", "Ann Lee", "2025-11-01T00:00:00Z");
        Paper b = paper("2511.00002", "Beta", "Ben Kim", "2025-11-02T00:00:00Z");
        String bib = BibTex.entries(List.of(b, a), CitationKeys.of(List.of(a, b)));
        assertThat(bib).startsWith("@misc{kim2025beta,\n").contains("}\n\n@misc{lee2025alpha,\n").endsWith("}\n");
    }

    /** BibTeX ends a field at the brace that balances its opening one, escaped or not. */
    private static boolean braceDepthNeverDropsBelowOneInsideTheEntry(String bib) {
        int depth = 0;
        String body = bib.substring(bib.indexOf('{'), bib.lastIndexOf('}') + 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 1 && i < body.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }
}
