package dev.quire.cli.docusaurus;

import java.util.Map;

/**
 * What each Docusaurus option Quire does not carry over does to the moved site, in a few words,
 * so that the list {@code quire init} prints says why each one matters. An option missing here
 * is listed too, as one Quire has no setting for.
 */
final class Unsupported {

    /** Options of the blog plugin. */
    static final Map<String, String> BLOG = Map.ofEntries(
            Map.entry("editUrl", "posts get no \"edit this page\" link"),
            Map.entry("editLocalizedFiles", "posts get no \"edit this page\" link"),
            Map.entry("remarkPlugins", "not run; what they add to posts is missing"),
            Map.entry("rehypePlugins", "not run; what they add to posts is missing"),
            Map.entry("recmaPlugins", "not run; what they add to posts is missing"),
            Map.entry("beforeDefaultRemarkPlugins", "not run; what they add to posts is missing"),
            Map.entry("beforeDefaultRehypePlugins", "not run; what they add to posts is missing"),
            Map.entry("truncateMarker", "Quire ends excerpts at <!-- truncate --> and {/* truncate */} only"),
            Map.entry("blogSidebarCount", "the theme shows no sidebar of recent posts"),
            Map.entry("blogSidebarTitle", "the theme shows no sidebar of recent posts"),
            Map.entry("showLastUpdateTime", "posts do not show when they were last changed"),
            Map.entry("showLastUpdateAuthor", "posts do not show who changed them last"),
            Map.entry("sortPosts", "Quire lists the newest posts first"),
            Map.entry("processBlogPosts", "not run; posts it filtered or changed are published as written"),
            Map.entry("include", "Quire reads every .md and .mdx file of the blog folder"),
            Map.entry("exclude", "Quire leaves out only files and folders whose names start with _ or ."),
            Map.entry("onInlineTags", "Quire accepts tags missing from tags.yml without a warning"),
            Map.entry("onInlineAuthors", "Quire accepts inline authors without a warning"),
            Map.entry("onUntruncatedBlogPosts", "Quire does not warn about posts without a truncate marker"),
            Map.entry("blogListComponent", "React components are replaced by the theme's templates"),
            Map.entry("blogPostComponent", "React components are replaced by the theme's templates"),
            Map.entry("blogTagsListComponent", "React components are replaced by the theme's templates"),
            Map.entry("blogTagsPostsComponent", "React components are replaced by the theme's templates"),
            Map.entry("blogArchiveComponent", "React components are replaced by the theme's templates"),
            Map.entry("blogAuthorsListComponent", "React components are replaced by the theme's templates"),
            Map.entry("blogAuthorsPostsComponent", "React components are replaced by the theme's templates"),
            Map.entry("admonitions", "Quire's admonitions keep Docusaurus's default keywords"),
            Map.entry("readingTime", "not run; Quire counts reading time its own way"));

    /**
     * Path options of the blog that Quire fixes to Docusaurus's defaults; another value would move
     * pages, so it is listed with the address Quire gives them.
     */
    static final Map<String, String> FIXED_PATHS = Map.of(
            "tagsBasePath", "tags",
            "archiveBasePath", "archive",
            "authorsBasePath", "authors",
            "pageBasePath", "page");

    /** Top-level options of the site. */
    static final Map<String, String> SITE = Map.ofEntries(
            Map.entry("onBrokenLinks", "Quire checks links with 'quire check', not at every build"),
            Map.entry("onBrokenMarkdownLinks", "Quire checks links with 'quire check', not at every build"),
            Map.entry("onBrokenAnchors", "Quire checks links with 'quire check', not at every build"),
            Map.entry("onDuplicateRoutes", "Quire always stops at two pages with one address"),
            Map.entry("themes", "Docusaurus themes do not run; Quire's default theme is used"),
            Map.entry("themeConfig", "navbar, footer and colours come from Quire's theme; redo them in templates/"),
            Map.entry("scripts", "not added to pages"),
            Map.entry("stylesheets", "not added to pages"),
            Map.entry("headTags", "not added to pages"),
            Map.entry("clientModules", "not run"),
            Map.entry("customFields", "React code used them; Quire's templates cannot read them"),
            Map.entry("favicon", "the theme's icon is used; put yours in templates/ or static/"),
            Map.entry("noIndex", "pages do not ask search engines to stay away"),
            Map.entry("webpack", "Quire does not bundle JavaScript"),
            Map.entry("future", "experimental Docusaurus flags have no meaning in Quire"));

    /** Options of the classic preset besides its blog's. */
    static final Map<String, String> PRESET = Map.of(
            "docs", "the docs are not moved: Quire publishes a blog and Markdown pages",
            "pages", "only the Markdown pages of src/pages are moved, without these options",
            "theme", "custom CSS is not carried over; restyle the theme from templates/",
            "sitemap", "Quire writes its own sitemap.xml (feeds.sitemap)",
            "gtag", "no analytics script is added to pages",
            "googleAnalytics", "no analytics script is added to pages",
            "googleTagManager", "no analytics script is added to pages",
            "svgr", "not used");

    /** Options of {@code markdown:} of the site. */
    static final Map<String, String> MARKDOWN = Map.of(
            "preprocessor", "not run — posts it changed may render differently",
            "parseFrontMatter", "not run — Quire reads front matter as plain YAML",
            "mdx1Compat", "Quire reads MDX 2 syntax; MDX 1 comments and admonitions may render differently",
            "remarkRehypeOptions", "not used",
            "anchors", "headings get Quire's own ids",
            "hooks", "not run");

    /** Keys Quire reads itself, or that need no word: they are not listed. */
    static final java.util.Set<String> SITE_READ = java.util.Set.of("title", "tagline", "url", "baseUrl", "i18n",
            "presets", "plugins", "staticDirectories", "trailingSlash", "markdown", "organizationName",
            "projectName", "deploymentBranch", "githubHost", "githubPort", "baseUrlIssueBanner", "titleDelimiter");

    private Unsupported() {
    }

    /** The note for option {@code key} of {@code what} (e.g. "blog"), given its effect, or a generic one. */
    static String note(String what, String key, int line, String effect) {
        return what + "." + key + " (line " + line + "): " + (effect != null ? effect
                : "not carried over: Quire has no such setting");
    }
}
