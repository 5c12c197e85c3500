package dev.quire.plugin.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperLinkTest {

    /** Not public, as a plugin's own record may well be. */
    private record Paper(String id, String title, String absUrl) {
    }

    @Test
    void readsRecordsByTheirComponents() {
        assertThat(PaperLink.from(List.of(new Paper("2511.21541", "Latent rewards", "https://arxiv.org/abs/2511.21541"))))
                .containsExactly(new PaperLink("Latent rewards", "https://arxiv.org/abs/2511.21541"));
    }

    @Test
    void readsMapsByTheirKeys() {
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("absUrl", "https://arxiv.org/abs/hep-th/9901001");
        paper.put("title", null);
        assertThat(PaperLink.from(List.of(paper))).containsExactly(new PaperLink(null, "https://arxiv.org/abs/hep-th/9901001"));
    }

    @Test
    void noDataMeansNoPapers() {
        assertThat(PaperLink.from(null)).isEmpty();
    }

    @Test
    void refusesDataOfAnotherShape() {
        assertThatThrownBy(() -> PaperLink.from("2511.21541")).hasMessage("is a String, not a list");
        assertThatThrownBy(() -> PaperLink.from(List.of(Map.of("url", "https://arxiv.org/abs/1"))))
                .hasMessageStartingWith("has an entry without 'absUrl'");
        assertThatThrownBy(() -> PaperLink.from(List.of("2511.21541"))).hasMessageStartingWith("has an entry without 'absUrl'");
    }
}
