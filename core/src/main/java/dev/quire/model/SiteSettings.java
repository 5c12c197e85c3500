package dev.quire.model;

import java.util.Objects;

/**
 * The core settings of a site, read from the top level of {@code quire.yml}. Plugins read their
 * own sections; see {@link dev.quire.plugin.PluginContext#settings(Class)}.
 *
 * @param title       the site's name, shown in the header and in feeds
 * @param description one sentence about the site, for the home page and feeds
 * @param url         where the site is published, without the base path, e.g.
 *                    {@code https://papers.example.org}; needed for feeds and canonical links
 * @param baseUrl     the path the site lives under, starting and ending with {@code /}
 * @param language    the language of the content as a BCP 47 tag, e.g. {@code ko}
 * @param theme       the theme's name
 * @param blog        where posts live and how their URLs are built
 * @param pages       where standalone pages live
 */
public record SiteSettings(
        String title,
        String description,
        String url,
        String baseUrl,
        String language,
        String theme,
        BlogSettings blog,
        PagesSettings pages) {

    public SiteSettings {
        title = Objects.requireNonNullElse(title, "Quire");
        description = Objects.requireNonNullElse(description, "");
        url = url == null || url.isBlank() ? null : stripTrailingSlash(url.strip());
        baseUrl = normalizeBaseUrl(baseUrl);
        language = Objects.requireNonNullElse(language, "en");
        theme = Objects.requireNonNullElse(theme, "default");
        blog = Objects.requireNonNullElse(blog, new BlogSettings(null, null, null, null, null));
        pages = Objects.requireNonNullElse(pages, new PagesSettings(null));
    }

    /** Settings with every default, as for a {@code quire.yml} that is empty. */
    public static SiteSettings defaults() {
        return new SiteSettings(null, null, null, null, null, null, null, null);
    }

    /** A copy published at {@code url} (may be null) under {@code baseUrl}. */
    public SiteSettings withLocation(String newUrl, String newBaseUrl) {
        return new SiteSettings(title, description, newUrl, newBaseUrl, language, theme, blog, pages);
    }

    /** A copy with another theme. */
    public SiteSettings withTheme(String newTheme) {
        return new SiteSettings(title, description, url, baseUrl, language, newTheme, blog, pages);
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    static String normalizeBaseUrl(String value) {
        if (value == null || value.isBlank()) {
            return "/";
        }
        String path = value.strip();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /**
     * Where posts live and how their URLs are built; the defaults are Docusaurus's.
     *
     * @param path           the folder of posts, relative to the site
     * @param routeBasePath  the URL segment in front of every post, e.g. {@code blog}
     * @param postsPerPage   posts per list page
     * @param title          the title of the blog list pages (default: the site title)
     * @param description    the description of the blog list pages (default: the site's)
     */
    public record BlogSettings(String path, String routeBasePath, Integer postsPerPage, String title,
            String description) {
        public BlogSettings {
            path = Objects.requireNonNullElse(path, "blog");
            routeBasePath = trimSlashes(Objects.requireNonNullElse(routeBasePath, "blog"));
            postsPerPage = Objects.requireNonNullElse(postsPerPage, 10);
        }
    }

    /**
     * Where standalone pages live: {@code pages/about.md} is published at {@code /about/}.
     *
     * @param path the folder of pages, relative to the site
     */
    public record PagesSettings(String path) {
        public PagesSettings {
            path = Objects.requireNonNullElse(path, "pages");
        }
    }

    private static String trimSlashes(String value) {
        String trimmed = value.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
