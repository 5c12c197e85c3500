package dev.quire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Docusaurus's {@code trailingSlash}: whether page URLs end with a slash and which file each page
 * is written to. The one place that knows the rule; everything else asks {@link SiteSettings#link}
 * and {@link SiteSettings#outputFile}.
 *
 * <ul>
 *   <li>{@code true}: {@code /blog/x/}, written to {@code blog/x/index.html};</li>
 *   <li>{@code false}: {@code /blog/x}, written to {@code blog/x.html};</li>
 *   <li>{@code unset}: the permalink as it is ({@code /blog/x}, or {@code /blog/x/} for a slug
 *       that ends with a slash), written to {@code blog/x/index.html}.</li>
 * </ul>
 *
 * The home page {@code /} and the base URL keep their slash and are {@code index.html} in every
 * case, as in Docusaurus.
 */
public enum TrailingSlash {
    TRUE("true"),
    FALSE("false"),
    UNSET("unset");

    private final String yaml;

    TrailingSlash(String yaml) {
        this.yaml = yaml;
    }

    /** How {@code quire.yml} writes it. */
    @JsonValue
    public String yaml() {
        return yaml;
    }

    /** From {@code quire.yml}: the booleans {@code true} and {@code false}, or the word {@code unset}. */
    @JsonCreator
    public static TrailingSlash of(Object value) {
        for (TrailingSlash mode : values()) {
            if (mode.yaml.equals(String.valueOf(value))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("must be true, false or unset");
    }

    /**
     * The URL path pages link to for {@code permalink} (a path with the base URL, not encoded), as
     * Docusaurus's {@code applyTrailingSlash}: {@code /blog/x} is {@code /blog/x/} under {@code true}.
     */
    String link(String permalink, String baseUrl) {
        if (this == UNSET || permalink.equals("/") || permalink.equals(baseUrl)) {
            return permalink;
        }
        boolean slash = permalink.endsWith("/");
        if (this == TRUE) {
            return slash ? permalink : permalink + "/";
        }
        String trimmed = permalink;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.equals(baseUrl.substring(0, baseUrl.length() - 1)) ? baseUrl : trimmed;
    }

    /**
     * The file, relative to the output folder, of the page at {@code permalink}: {@code blog/x.html}
     * under {@code false}, else {@code blog/x/index.html}; the base URL is {@code index.html}.
     */
    String outputFile(String permalink, String baseUrl) {
        String linked = link(permalink, baseUrl);
        String relative = linked.startsWith(baseUrl) ? linked.substring(baseUrl.length())
                : (linked + "/").equals(baseUrl) ? "" : linked.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            return relative + "index.html";
        }
        return this == FALSE ? relative + ".html" : relative + "/index.html";
    }
}
