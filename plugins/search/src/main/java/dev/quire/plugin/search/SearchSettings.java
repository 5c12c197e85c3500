package dev.quire.plugin.search;

import dev.quire.settings.Setting;
import java.util.Objects;

/**
 * The {@code search:} section of {@code quire.yml}.
 * Each component's {@link Setting} says what it does, for the configuration reference.
 */
@Setting("A search index of every listed post and every page (titles, tags, paper titles and text) for the "
        + "theme's search box; no outside service.")
public record SearchSettings(
        @Setting("Whether to write the index.")
        Boolean enabled,
        @Setting("Where the index goes in the output.")
        String path,
        @Setting("How much of each text the index keeps, in characters: enough for long posts, small enough for the "
                + "index to load quickly.")
        Integer maxTextLength) {

    public SearchSettings {
        enabled = Objects.requireNonNullElse(enabled, true);
        path = Objects.requireNonNullElse(path, "search-index.json");
        maxTextLength = Objects.requireNonNullElse(maxTextLength, 20_000);
    }
}
