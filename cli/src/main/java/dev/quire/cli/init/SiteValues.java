package dev.quire.cli.init;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a new site's {@code quire.yml} says.
 *
 * @param title       the site's name
 * @param description one sentence about it
 * @param url         where it is published, without a path
 * @param baseUrl     the path it lives under; {@code /} is left out of the file
 * @param language    the language of its posts
 * @param blog        keys of the {@code blog:} section that differ from the defaults, in order
 * @param feeds       keys of the {@code feeds:} section that differ from the defaults, in order
 * @param trailingSlash `true`, `false` or `unset`, as the moved site had it; null leaves the key out
 * @param markdown    keys of the {@code markdown:} section, in order; empty leaves it out
 */
public record SiteValues(String title, String description, String url, String baseUrl, String language,
        Map<String, Object> blog, Map<String, Object> feeds, String trailingSlash, Map<String, Object> markdown) {

    /** Where a site is published until its owner says otherwise; the Pages workflow replaces it. */
    public static final String PLACEHOLDER_URL = "https://example.org";

    public SiteValues {
        Objects.requireNonNull(title, "title");
        description = Objects.requireNonNullElse(description, "");
        url = Objects.requireNonNullElse(url, PLACEHOLDER_URL);
        baseUrl = Objects.requireNonNullElse(baseUrl, "/");
        language = Objects.requireNonNullElse(language, "en");
        blog = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blog));
        feeds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(feeds));
        markdown = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(markdown));
    }

    /** A copy with another description. */
    public SiteValues withDescription(String newDescription) {
        return new SiteValues(title, newDescription, url, baseUrl, language, blog, feeds, trailingSlash, markdown);
    }

    /** A copy with the title, url and language the user chose, where they chose one (the others are null). */
    public SiteValues withChoices(String newTitle, String newUrl, String newLanguage) {
        return new SiteValues(Objects.requireNonNullElse(newTitle, title), description,
                Objects.requireNonNullElse(newUrl, url), baseUrl, Objects.requireNonNullElse(newLanguage, language),
                blog, feeds, trailingSlash, markdown);
    }

    /** A site with only a title and a language; every other value is the default. */
    public static SiteValues of(String title, String language) {
        return new SiteValues(title, null, null, null, language, Map.of(), Map.of(), null, Map.of());
    }
}
