package dev.quire.plugin.arxiv.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quire.internal.markdown.Markdown;
import dev.quire.plugin.arxiv.detect.Citation.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {

    /** Quire's own Markdown dialect, so autolinks, math and raw HTML parse as in a build. */
    private static final Markdown MARKDOWN = new Markdown(List.of());

    private static List<Citation> in(String markdown) {
        return Citations.in(MARKDOWN.parse(markdown));
    }

    @Test
    void findsLinksAutolinksReferenceLinksAndMentionsInDocumentOrder() {
        List<Citation> found = in("""
                ## 1. [Video Generation Models](https://huggingface.co/papers/2511.21541)

                Raw https://arxiv.org/abs/2511.19757v2 and <https://arxiv.org/pdf/2511.20937.pdf>,
                plus arXiv:hep-th/9901001 and [a reference][r].

                [r]: https://alphaxiv.org/abs/math.GT/0309136
                """);
        assertThat(found).extracting(c -> c.id().versioned(), Citation::kind, Citation::host).containsExactly(
                tuple("2511.21541", Kind.LINK, PaperLinks.Host.HUGGING_FACE),
                tuple("2511.19757v2", Kind.LINK, PaperLinks.Host.ARXIV),
                tuple("2511.20937", Kind.LINK, PaperLinks.Host.ARXIV),
                tuple("hep-th/9901001", Kind.MENTION, null),
                tuple("math/0309136", Kind.LINK, PaperLinks.Host.ALPHAXIV));
        assertThat(found.get(0).onHuggingFace()).isTrue();
    }

    @Test
    void neverLooksIntoCode() {
        List<Citation> found = in("""
                Inline `arXiv:2511.00001` and `https://arxiv.org/abs/2511.00002`.

                ```
                arXiv:2511.00003 https://arxiv.org/abs/2511.00004
                ```

                    arXiv:2511.00005

                <pre><code><a href="https://arxiv.org/abs/2511.00006">x</a></code></pre>

                Only arXiv:2511.00007 counts.
                """);
        assertThat(found).extracting(c -> c.id().id()).containsExactly("2511.00007");
    }

    @Test
    void aMentionInsideALinkOrAnImageIsNotToBecomeALinkItself() {
        List<Citation> found = in("""
                [see arXiv:2511.00001](https://example.org/notes) and <a href="https://example.org">arXiv:2511.00002</a>
                then arXiv:2511.00003 and ![figure of arXiv:2511.00004](figure.png).
                """);
        assertThat(found).extracting(c -> c.id().id(), Citation::kind).containsExactly(
                tuple("2511.00001", Kind.MENTION_IN_LINK),
                tuple("2511.00002", Kind.MENTION_IN_LINK),
                tuple("2511.00003", Kind.MENTION),
                tuple("2511.00004", Kind.MENTION_IN_LINK));
    }

    @Test
    void findsLinksWrittenAsRawHtml() {
        List<Citation> found = in("""
                Inline <a href="https://arxiv.org/abs/2511.00001">paper</a> here.

                <div class="box">
                <a HREF="https://hf.co/papers/2511.00002">block</a>
                </div>
                """);
        assertThat(found).extracting(c -> c.id().id(), Citation::kind).containsExactly(
                tuple("2511.00001", Kind.HTML), tuple("2511.00002", Kind.HTML));
    }

    @Test
    void ignoresLinksToOtherPlacesAndUndefinedReferences() {
        assertThat(in("""
                [home](https://example.org), [list](https://arxiv.org/list/cs.CV/recent), [undefined][nope],
                ![figure](https://arxiv.org/abs/2511.21541) is an image, not a link.
                """)).isEmpty();
    }

    @Test
    void knowsTheLineOfEachCitation() {
        // flexmark counts lines from 0: the mention is on the fourth line.
        var document = MARKDOWN.parse("Intro.\n\nSecond paragraph with\narXiv:2511.21541 on line four.\n");
        assertThat(Citations.in(document)).singleElement()
                .satisfies(c -> assertThat(c.node().getStartLineNumber()).isEqualTo(3));
    }
}
