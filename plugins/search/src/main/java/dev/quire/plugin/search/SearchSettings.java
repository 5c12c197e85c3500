package dev.quire.plugin.search;

import java.util.Objects;

/**
 * The {@code search:} section of {@code quire.yml}.
 *
 * @param enabled       whether to write the index (default true)
 * @param path          where the index goes in the output (default {@code search-index.json})
 * @param maxTextLength how much of each text the index keeps, in characters (default 20000):
 *                      enough for long posts, small enough that the index loads quickly
 */
public record SearchSettings(Boolean enabled, String path, Integer maxTextLength) {

    public SearchSettings {
        enabled = Objects.requireNonNullElse(enabled, true);
        path = Objects.requireNonNullElse(path, "search-index.json");
        maxTextLength = Objects.requireNonNullElse(maxTextLength, 20_000);
    }
}
