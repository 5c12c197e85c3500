package dev.quire.plugin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void givesTheTermsBothTheIndexAndTheSearchBoxAgreeOn() throws Exception {
        JsonNode cases;
        try (InputStream in = TermsTest.class.getResourceAsStream("terms.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        assertThat(cases).hasSizeGreaterThan(20);
        for (JsonNode c : cases) {
            List<String> expected = StreamSupport.stream(c.get(1).spliterator(), false).map(JsonNode::asText).toList();
            assertThat(Terms.of(c.get(0).asText())).as(c.get(0).asText()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void cutsLongWordsWithoutSplittingACharacter() {
        // Gothic letters lie outside the 16-bit range: each is two chars in Java, one in the cut.
        String longWord = "a".repeat(39) + "\uD800\uDF30\uD800\uDF31 next";

        assertThat(Terms.of(longWord)).containsExactly("a".repeat(39) + "\uD800\uDF30", "next");
    }

    @Test
    void aKoreanWordIsFoundInsideLongerWordsByItsPairs() {
        List<String> post = Terms.of("강화학습 방식은 보상모델을 사용한다");

        for (String query : List.of("강화", "학습", "방식", "보상", "모델", "보상모델")) {
            assertThat(post).as(query).containsAll(Terms.of(query));
        }
        assertThat(post).doesNotContainAnyElementsOf(Terms.of("방법"));
    }

    @Test
    void treatsLettersOfOtherScriptsAsWords() {
        List<String> terms = new ArrayList<>(Terms.of("Приве́т мир, γειά σου κόσμε, مرحبا"));

        assertThat(terms).containsExactly("приве́т", "мир", "γειά", "σου", "κόσμε", "مرحبا");
    }
}
