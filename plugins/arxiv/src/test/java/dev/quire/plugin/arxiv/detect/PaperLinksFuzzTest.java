package dev.quire.plugin.arxiv.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.plugin.arxiv.ArxivId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of how papers are recognized: arXiv ids, the URLs of the sites that
 * show papers, and {@code arXiv:ID} in text. Every post's every link and text goes through these.
 * Whatever the input, they answer without an exception, and what they find is consistent: an id
 * reads back as itself, a mention covers exactly its {@code arXiv:ID}. {@code ./mvnw verify}
 * replays the inputs in {@code PaperLinksFuzzTestInputs}; {@code -Pfuzz} explores for longer.
 */
class PaperLinksFuzzTest {

    @FuzzTest
    void anyTextOrUrlYieldsOnlyConsistentPapers(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /** The invariants for one input; shared with the regression tests of past findings. */
    static void check(String text) {
        ArxivId.parse(text).ifPresent(id -> assertThat(ArxivId.parse(id.versioned())).contains(id));

        Optional<PaperLinks.Found> found = PaperLinks.inUrl(text);
        found.ifPresent(paper -> {
            assertThat(ArxivId.parse(paper.id().versioned())).contains(paper.id());
            // The subject class of an old id (math.GT/0309136) is not part of the id: the number is.
            String id = paper.id().id();
            assertThat(text).contains(id.substring(id.lastIndexOf('/') + 1));
        });

        List<PaperLinks.Mention> mentions = PaperLinks.inText(text);
        int previousEnd = 0;
        for (PaperLinks.Mention mention : mentions) {
            assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(mention.end()).isGreaterThan(mention.start()).isLessThanOrEqualTo(text.length());
            String written = text.substring(mention.start(), mention.end());
            assertThat(written.substring(0, "arxiv:".length())).isEqualToIgnoringCase("arxiv:");
            assertThat(ArxivId.parse(written.substring("arxiv:".length()))).contains(mention.id());
            previousEnd = mention.end();
        }
    }
}
