package dev.quire.settings;

import java.util.List;

/**
 * One key of a settings section, as the configuration reference shows it.
 *
 * @param key          the key's full path below its section, with dots: {@code posts-per-page},
 *                     {@code blog.posts-per-page}
 * @param type         what the value must be, in words: {@code a whole number}, {@code true or false},
 *                     {@code one of rss, atom, json}, {@code a section}
 * @param defaultValue the default as it would be written in YAML ({@code 20}, {@code [rss, atom]},
 *                     {@code ""}), or {@code null} when the key has no value unless it is given
 * @param defaultWords the default in words when it is not a fixed value (e.g. "the site's
 *                     {@code title}"), from {@link Setting#defaultValue()}; empty otherwise
 * @param description  what it does (Markdown), empty when the record does not say
 * @param keys         the keys of a section, in the order the record declares them; empty otherwise
 */
public record SettingDescription(String key, String type, String defaultValue, String defaultWords,
        String description, List<SettingDescription> keys) {

    public SettingDescription {
        keys = List.copyOf(keys);
    }

    /** True for a key whose value is a mapping of its own keys. */
    public boolean isSection() {
        return !keys.isEmpty();
    }
}
