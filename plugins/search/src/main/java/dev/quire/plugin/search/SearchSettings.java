package dev.quire.plugin.search;

import dev.quire.settings.Setting;
import java.util.Objects;

/**
 * The {@code search:} section of {@code quire.yml}.
 * Each component's {@link Setting} says what it does, for the configuration reference.
 */
@Setting("A search index of every listed post and every page (titles, tags, paper titles and text) for the "
        + "theme's search box; no outside service. It is cut into small files, so a search reads a few of them.")
public record SearchSettings(
        @Setting("Whether to write the index.")
        Boolean enabled,
        @Setting("The folder of the index in the output; the theme reads `PATH/index.json` first. A path ending in "
                + "`.json` (the single file of earlier versions) is read as the folder of that name without it.")
        String path,
        @Setting("How much of each text is searched, in characters: enough for long posts, little enough to keep "
                + "the index small.")
        Integer maxTextLength) {

    public SearchSettings {
        enabled = Objects.requireNonNullElse(enabled, true);
        path = Objects.requireNonNullElse(path, "search");
        maxTextLength = Objects.requireNonNullElse(maxTextLength, 20_000);
    }
}
