package dev.quire.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdmonitionTitlesTest {

    private static final Set<String> KEYWORDS = Set.of("note", "tip", "info", "warning", "danger", "caution", "important");

    @Test
    void cautionAndImportantHaveTheirOwnTitlesAsInDocusaurus() {
        assertThat(AdmonitionTitles.forLanguage("en"))
                .containsEntry("caution", "Caution")
                .containsEntry("important", "Important")
                .containsEntry("warning", "Warning");
    }

    @Test
    void everyLanguageTitlesEveryKeywordDistinctly() {
        for (String language : new String[] {"en", "ko-KR"}) {
            var titles = AdmonitionTitles.forLanguage(language);
            assertThat(titles.keySet()).as(language).containsAll(KEYWORDS);
            assertThat(Set.copyOf(titles.values())).as(language).hasSize(titles.size());
        }
    }
}
