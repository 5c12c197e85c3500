package dev.quire.plugin.arxiv.render;

import static dev.quire.plugin.arxiv.render.BibTexTest.paper;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.arxiv.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationKeysTest {

    @Test
    void makesKeysFromAuthorYearAndTitle() {
        Paper a = paper("2511.19757", "What does it mean to understand language?", "Colton Casto", "2025-11-24T22:21:55Z");
        Paper b = paper("hep-th/9901001", "The Large N Limit", "Juan Maldacena", "1999-01-01T00:00:00Z");
        Paper c = paper("2511.00003", "Über Größe", "José Müller-Lüdenscheidt", "2025-11-03T00:00:00Z");
        CitationKeys keys = CitationKeys.of(List.of(a, b, c));
        assertThat(keys.of("2511.19757")).isEqualTo("casto2025mean");
        assertThat(keys.of("hep-th/9901001")).isEqualTo("maldacena1999large");
        assertThat(keys.of("2511.00003")).isEqualTo("mullerludenscheidt2025uber");
    }

    @Test
    void keepsKeysUniqueTheSameWayWhateverTheOrder() {
        Paper first = paper("2511.00001", "Scaling Laws", "Ann Lee", "2025-11-01T00:00:00Z");
        Paper second = paper("2511.00002", "Scaling Laws Again", "Ann Lee", "2025-11-02T00:00:00Z");
        Paper third = paper("2511.00003", "Scaling", "Ann Lee", "2025-11-03T00:00:00Z");
        for (List<Paper> order : List.of(List.of(first, second, third), List.of(third, second, first))) {
            CitationKeys keys = CitationKeys.of(order);
            assertThat(List.of(keys.of("2511.00001"), keys.of("2511.00002"), keys.of("2511.00003")))
                    .containsExactly("lee2025scaling", "lee2025scalingb", "lee2025scalingc");
        }
    }

    @Test
    void fallsBackWhenThereIsNothingToBuildOn() {
        Paper nameless = new Paper("2511.00009", 1, "∑", List.of(), null, null, null, null, List.of(), null, null, null,
                "a", "p", null, null, null, null, "b", null);
        assertThat(CitationKeys.of(List.of(nameless)).of("2511.00009")).isEqualTo("arxiv");
    }
}
