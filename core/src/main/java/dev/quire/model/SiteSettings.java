package dev.quire.model;

import dev.quire.settings.Setting;
import java.util.Objects;

/**
 * The core settings of a site, read from the top level of {@code quire.yml}. Plugins read their
 * own sections; see {@link dev.quire.plugin.PluginContext#settings(Class)}. Each component's
 * {@link Setting} says what it does; the configuration reference is generated from them.
 */
@Setting("The top level of `quire.yml`: what the site is called, where it is published, its language and "
        + "theme, and where its posts and pages live.")
public record SiteSettings(
        @Setting("The site's name, shown in the header and the title of every page, and in feeds.")
        String title,
        @Setting("One sentence about the site, for the home page, link previews and feeds.")
        String description,
        @Setting("Where the site is published, without a path, e.g. `https://papers.example.org`. Feeds, the "
                + "sitemap and canonical links need it. `--base-url https://…` replaces it for one build.")
        String url,
        @Setting("The path the site lives under, e.g. `/papers/` for a GitHub project site; it starts and ends "
                + "with `/`. `--base-url /papers/` replaces it for one build.")
        String baseUrl,
        @Setting(value = "Docusaurus's `trailingSlash`: `true` links pages as `/blog/x/` and writes "
                + "`blog/x/index.html`; `false` links them as `/blog/x` and writes `blog/x.html`; `unset` links "
                + "each page by its permalink as written (`/blog/x`, or `/blog/x/` for a slug ending with `/`) and "
                + "writes `blog/x/index.html`, as Docusaurus does when its config does not say. The home page is "
                + "always `/`. `quire init --from-docusaurus` writes what the Docusaurus config says.",
                defaultValue = "`true`, the URLs Quire sites have always had")
        TrailingSlash trailingSlash,
        @Setting("The language of the posts as a BCP 47 tag, e.g. `ko` or `en`: every page's `lang`, and the "
                + "theme's words and date format.")
        String language,
        @Setting("The theme by name: a folder `themes/NAME/` in the site, or a theme jar on the class path.")
        String theme,
        @Setting("Where posts live and how their URLs are built; the defaults are Docusaurus's.")
        BlogSettings blog,
        @Setting("Where standalone pages live: `pages/about.md` is published at `/about/`.")
        PagesSettings pages,
        @Setting("How posts and pages are read as Markdown: MDX or plain Markdown, math, Mermaid diagrams.")
        MarkdownSettings markdown) {

    public SiteSettings {
        title = Objects.requireNonNullElse(title, "Quire");
        description = Objects.requireNonNullElse(description, "");
        url = url == null || url.isBlank() ? null : stripTrailingSlash(url.strip());
        baseUrl = normalizeBaseUrl(baseUrl);
        trailingSlash = Objects.requireNonNullElse(trailingSlash, TrailingSlash.TRUE);
        language = Objects.requireNonNullElse(language, "en");
        theme = Objects.requireNonNullElse(theme, "default");
        blog = Objects.requireNonNullElse(blog, new BlogSettings(null, null, null, null, null));
        pages = Objects.requireNonNullElse(pages, new PagesSettings(null));
        markdown = Objects.requireNonNullElse(markdown, new MarkdownSettings(null, null, null));
    }

    /** Settings with every default, as for a {@code quire.yml} that is empty. */
    public static SiteSettings defaults() {
        return new SiteSettings(null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy published at {@code url} (may be null) under {@code baseUrl}. */
    public SiteSettings withLocation(String newUrl, String newBaseUrl) {
        return new SiteSettings(title, description, newUrl, newBaseUrl, trailingSlash, language, theme, blog, pages,
                markdown);
    }

    /** A copy with another theme. */
    public SiteSettings withTheme(String newTheme) {
        return new SiteSettings(title, description, url, baseUrl, trailingSlash, language, newTheme, blog, pages,
                markdown);
    }

    /**
     * The URL path pages link to for {@code permalink} (a path with the base URL, as
     * {@link Content#permalink()}), following {@link #trailingSlash()}; not encoded.
     */
    public String link(String permalink) {
        return trailingSlash.link(permalink, baseUrl);
    }

    /** The file of the page at {@code permalink}, relative to the output folder, e.g. {@code blog/x/index.html}. */
    public String outputFile(String permalink) {
        return trailingSlash.outputFile(permalink, baseUrl);
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

    /** Where posts live and how their URLs are built; the defaults are Docusaurus's. */
    public record BlogSettings(
            @Setting("The folder of posts, relative to the site. Its `authors.yml` and `tags.yml` are read too.")
            String path,
            @Setting("The URL path in front of every post, tag and list page: `/blog/2025/11/28/slug`. "
                    + "Docusaurus's `routeBasePath`.")
            String routeBasePath,
            @Setting("Posts per page of the blog's lists.")
            Integer postsPerPage,
            @Setting(value = "The title of the blog's list pages.", defaultValue = "the site's `title`")
            String title,
            @Setting(value = "The description of the blog's list pages.", defaultValue = "the site's `description`")
            String description) {
        public BlogSettings {
            path = Objects.requireNonNullElse(path, "blog");
            routeBasePath = trimSlashes(Objects.requireNonNullElse(routeBasePath, "blog"));
            postsPerPage = Objects.requireNonNullElse(postsPerPage, 10);
        }
    }

    /** How posts and pages are read as Markdown; Docusaurus's {@code markdown} options. */
    public record MarkdownSettings(
            @Setting("Which files are MDX, as Docusaurus's `markdown.format`: `mdx` reads every post and page as MDX, "
                    + "`.md` too; `md` reads every file as CommonMark, where `<tags>` are HTML and `{braces}` text; "
                    + "`detect` reads `.mdx` files as MDX and the others as CommonMark.")
            MarkdownFormat format,
            @Setting("Whether `$…$` and `$$…$$` are math, typeset with KaTeX. Off, a dollar sign is just text, as "
                    + "in a Docusaurus site without remark-math, and no page loads KaTeX.")
            Boolean math,
            @Setting("Whether a ```` ```mermaid ```` fence is drawn as a diagram, by a script only the pages with "
                    + "a diagram load; without JavaScript the diagram's source shows. Off, it is a code block.")
            Boolean mermaid) {
        public MarkdownSettings {
            format = Objects.requireNonNullElse(format, MarkdownFormat.MDX);
            math = Objects.requireNonNullElse(math, true);
            mermaid = Objects.requireNonNullElse(mermaid, false);
        }
    }

    /** Where standalone pages live: {@code pages/about.md} is published at {@code /about/}. */
    public record PagesSettings(
            @Setting("The folder of standalone pages, relative to the site.")
            String path) {
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
