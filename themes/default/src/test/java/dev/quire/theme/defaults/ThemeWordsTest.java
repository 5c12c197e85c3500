package dev.quire.theme.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.internal.yaml.YamlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default theme's words: every language it ships says everything English says. */
class ThemeWordsTest {

    private static final Path I18N = Path.of("src/main/resources/META-INF/quire/themes/default/i18n");

    /** Keys as dotted paths; a key with plural forms ({@code one}, {@code other}) or one text counts once. */
    private static Map<String, List<String>> words(Path file) throws IOException {
        JsonNode root = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), 1).root();
        Map<String, List<String>> words = new TreeMap<>();
        collect("", root, words);
        return words;
    }

    /** Each key with its texts: one, or its plural forms. */
    private static void collect(String prefix, JsonNode node, Map<String, List<String>> words) {
        if (!node.isObject() || node.has("other")) {
            assertThat(node.isTextual() || node.has("other") && node.get("other").isTextual())
                    .as(prefix + " is a text or has an 'other' form").isTrue();
            List<String> texts = new ArrayList<>();
            if (node.isTextual()) {
                texts.add(node.asText());
            } else {
                node.forEach(form -> texts.add(form.asText()));
            }
            words.put(prefix, texts);
            return;
        }
        node.fields().forEachRemaining(e -> collect(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                e.getValue(), words));
    }

    @Test
    void theLanguagesBlogsAreWrittenInAreThere() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("en.yml", "ko.yml", "ja.yml",
                    "zh-Hans.yml", "zh-Hant.yml", "de.yml", "fr.yml", "es.yml", "pt-BR.yml");
        }
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Set<String> english = words(I18N.resolve("en.yml")).keySet();
        assertThat(english).contains("nav.blog", "search.count", "papers.none");
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                assertThat(words(file).keySet()).as(file.getFileName().toString()).isEqualTo(english);
            }
        }
    }

    @Test
    void everyTextWithANumberInEnglishHasItInEveryLanguage() throws IOException {
        Map<String, List<String>> english = words(I18N.resolve("en.yml"));
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                words(file).forEach((key, texts) -> {
                    boolean counts = english.get(key).stream().anyMatch(t -> t.contains("{n}"));
                    texts.forEach(text -> assertThat(text.contains("{n}")).as(file.getFileName() + " " + key + ": " + text)
                            .isEqualTo(counts));
                });
            }
        }
    }
}
