package dev.quire.internal.content;

import java.util.Locale;
import java.util.Map;

/** The default titles of admonitions ({@code :::tip}) in the languages Quire ships. */
final class AdmonitionTitles {

    private static final Map<String, Map<String, String>> BY_LANGUAGE = Map.of(
            "en", Map.of("note", "Note", "tip", "Tip", "info", "Info", "warning", "Warning", "danger", "Danger"),
            "ko", Map.of("note", "참고", "tip", "팁", "info", "정보", "warning", "주의", "danger", "위험"));

    private AdmonitionTitles() {
    }

    /** Titles for a BCP 47 language tag such as {@code ko} or {@code ko-KR}; English otherwise. */
    static Map<String, String> forLanguage(String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return BY_LANGUAGE.getOrDefault(primary, BY_LANGUAGE.get("en"));
    }
}
