package dev.quire.plugin.arxiv.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.arxiv.ArxivId;
import dev.quire.plugin.arxiv.detect.PaperLinks.Host;
import dev.quire.plugin.arxiv.detect.PaperLinks.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperLinksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        // arXiv itself: abstract, PDF (with and without .pdf), HTML, the export mirror, both schemes.
        "https://arxiv.org/abs/2511.21541,                   2511.21541,     -, ARXIV",
        "https://arxiv.org/abs/2511.21541v2,                 2511.21541,     2, ARXIV",
        "http://arxiv.org/abs/0704.0001,                     0704.0001,      -, ARXIV",
        "https://www.arxiv.org/abs/2511.21541,               2511.21541,     -, ARXIV",
        "https://arxiv.org/pdf/2511.21541,                   2511.21541,     -, ARXIV",
        "https://arxiv.org/pdf/2511.21541v1,                 2511.21541,     1, ARXIV",
        "https://arxiv.org/pdf/2511.21541.pdf,               2511.21541,     -, ARXIV",
        "https://arxiv.org/pdf/2511.21541v3.pdf,             2511.21541,     3, ARXIV",
        "https://arxiv.org/html/2511.21541,                  2511.21541,     -, ARXIV",
        "https://arxiv.org/html/2511.21541v1/,               2511.21541,     1, ARXIV",
        "https://arxiv.org/html/2511.21541v1#S3,             2511.21541,     1, ARXIV",
        "https://export.arxiv.org/abs/2511.21541,            2511.21541,     -, ARXIV",
        "http://export.arxiv.org/abs/2511.21541v2,           2511.21541,     2, ARXIV",
        "https://arxiv.org/abs/hep-th/9901001,               hep-th/9901001, -, ARXIV",
        "https://arxiv.org/abs/hep-th/9901001v2,             hep-th/9901001, 2, ARXIV",
        "https://arxiv.org/pdf/hep-th/9901001.pdf,           hep-th/9901001, -, ARXIV",
        "https://arxiv.org/pdf/hep-th/9901001v1,             hep-th/9901001, 1, ARXIV",
        "https://arxiv.org/abs/math.GT/0309136,              math/0309136,   -, ARXIV",
        "https://export.arxiv.org/abs/math.GT/0309136v1,     math/0309136,   1, ARXIV",
        "https://arxiv.org/abs/2511.21541?context=cs,        2511.21541,     -, ARXIV",
        "HTTPS://ArXiv.Org/abs/2511.21541,                   2511.21541,     -, ARXIV",
        "https://arxiv.org:443/abs/2511.21541,               2511.21541,     -, ARXIV",
        "//arxiv.org/abs/2511.21541,                         2511.21541,     -, ARXIV",
        "arxiv.org/abs/2511.21541,                           2511.21541,     -, ARXIV",
        // Hugging Face papers, long and short host.
        "https://huggingface.co/papers/2511.21541,           2511.21541,     -, HUGGING_FACE",
        "https://huggingface.co/papers/2511.21541v2,         2511.21541,     2, HUGGING_FACE",
        "https://huggingface.co/papers/2511.21541#community, 2511.21541,     -, HUGGING_FACE",
        "https://www.huggingface.co/papers/0704.0001,        0704.0001,      -, HUGGING_FACE",
        "https://hf.co/papers/2511.21541,                    2511.21541,     -, HUGGING_FACE",
        "https://hf.co/papers/2511.21541/,                   2511.21541,     -, HUGGING_FACE",
        // alphaXiv and ar5iv.
        "https://alphaxiv.org/abs/2511.21541,                2511.21541,     -, ALPHAXIV",
        "https://www.alphaxiv.org/abs/2511.21541v1,          2511.21541,     1, ALPHAXIV",
        "https://alphaxiv.org/abs/hep-th/9901001,            hep-th/9901001, -, ALPHAXIV",
        "https://ar5iv.labs.arxiv.org/html/2511.21541,       2511.21541,     -, AR5IV",
        "https://ar5iv.labs.arxiv.org/html/hep-th/9901001v2, hep-th/9901001, 2, AR5IV",
        "https://ar5iv.org/abs/2511.21541,                   2511.21541,     -, AR5IV",
        "https://ar5iv.org/html/math.GT/0309136,             math/0309136,   -, AR5IV",
    })
    void findsThePaperOfEveryUrlForm(String url, String id, Integer version, Host host) {
        assertThat(PaperLinks.inUrl(url)).contains(new PaperLinks.Found(new ArxivId(id, version), host));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "https://arxiv.org/list/cs.CV/recent",
        "https://arxiv.org/abs/",
        "https://arxiv.org/abs/2511.2154",
        "https://arxiv.org/abs/2511.21541/extra",
        "https://arxiv.org/abs/2511.21541.pdf",
        "https://arxiv.org/format/2511.21541",
        "https://evil.example/abs/2511.21541",
        "https://arxiv.org.evil.example/abs/2511.21541",
        "https://arxiv.org@evil.example/abs/2511.21541",
        "https://huggingface.co/2511.21541",
        "https://huggingface.co/papers",
        "https://hf.co/datasets/2511.21541",
        "https://alphaxiv.org/pdf/2511.21541",
        "ftp://arxiv.org/abs/2511.21541",
        "javascript:alert('arxiv.org/abs/2511.21541')",
        "./abs/2511.21541",
        "#2511.21541",
        "",
    })
    void ignoresUrlsThatAreNotPaperLinks(String url) {
        assertThat(PaperLinks.inUrl(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "see arXiv:2511.21541 for more   | arXiv:2511.21541        | 2511.21541     | -",
        "see arXiv:2511.21541v2.         | arXiv:2511.21541v2      | 2511.21541     | 2",
        "(arXiv:0704.0001)               | arXiv:0704.0001         | 0704.0001      | -",
        "arxiv:2511.21541, and           | arxiv:2511.21541        | 2511.21541     | -",
        "ARXIV:2511.21541                | ARXIV:2511.21541        | 2511.21541     | -",
        "논문은 arXiv:2511.21541 참고    | arXiv:2511.21541        | 2511.21541     | -",
        "old one arXiv:hep-th/9901001v1; | arXiv:hep-th/9901001v1  | hep-th/9901001 | 1",
        "old one arXiv:math.GT/0309136.  | arXiv:math.GT/0309136   | math/0309136   | -",
    })
    void findsArxivIdsWrittenInText(String text, String matched, String id, Integer version) {
        assertThat(PaperLinks.inText(text)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(new ArxivId(id, version));
            assertThat(text.substring(m.start(), m.end())).isEqualTo(matched);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2511.21541 without the prefix",
        "myarXiv:2511.21541",
        "arXiv: 2511.21541",
        "arXiv:2511.215419",
        "arXiv:2511.21541x",
        "arXiv:2511.21541.5",
        "https://example.org/arXiv:2511.21541",
        "arXiv:2513.21541",
        "arXiv:hep-th/99010011",
    })
    void ignoresTextThatOnlyLooksLikeAnId(String text) {
        assertThat(PaperLinks.inText(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void findsEveryMentionInOrder() {
        String text = "arXiv:2511.21541 and arXiv:2511.19757v1 and again arXiv:2511.21541";
        assertThat(PaperLinks.inText(text)).extracting(m -> m.id().versioned())
                .containsExactly("2511.21541", "2511.19757v1", "2511.21541");
        assertThat(PaperLinks.inText(text)).extracting(Mention::start).containsExactly(0, 21, 50);
    }
}
