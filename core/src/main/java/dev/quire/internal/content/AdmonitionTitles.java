package dev.quire.internal.content;

import java.util.Locale;
import java.util.Map;

/**
 * The default titles of admonitions ({@code :::tip}) in the languages Quire ships. Each keyword
 * has its own title, as in Docusaurus: {@code :::caution} is "Caution", not "Warning".
 */
final class AdmonitionTitles {

    private static final Map<String, Map<String, String>> BY_LANGUAGE = Map.of(
            "en", Map.of("note", "Note", "tip", "Tip", "info", "Info", "warning", "Warning", "danger", "Danger",
                    "caution", "Caution", "important", "Important"),
            "ko", Map.of("note", "참고", "tip", "팁", "info", "정보", "warning", "경고", "danger", "위험",
                    "caution", "주의", "important", "중요"));

    private AdmonitionTitles() {
    }

    /** Titles for a BCP 47 language tag such as {@code ko} or {@code ko-KR}; English otherwise. */
    static Map<String, String> forLanguage(String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return BY_LANGUAGE.getOrDefault(primary, BY_LANGUAGE.get("en"));
    }
}
