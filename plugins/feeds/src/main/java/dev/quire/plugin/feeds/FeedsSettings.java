package dev.quire.plugin.feeds;

import dev.quire.settings.Setting;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The {@code feeds:} section of {@code quire.yml}. Every key is optional:
 * <pre>
 * feeds:
 *   formats: [rss, atom, json]   # which feeds to write; [] writes none
 *   limit: 20                    # the newest posts each feed carries
 *   content: full                # or excerpt
 *   title: Papers Review         # default: blog.title, else the site's title
 *   description: ...             # default: blog.description, else the site's description
 *   copyright: CC BY 4.0         # RSS copyright, Atom rights
 *   tag-feeds: true              # a feed of each format per tag, next to the tag's page
 *   sitemap: true                # sitemap.xml
 *   robots: true                 # robots.txt naming the sitemap (only for a site at the host's root)
 * </pre>
 *
 * Each component's {@link Setting} says what it does, for the configuration reference.
 */
@Setting("Feeds of the blog and of each tag, a sitemap and `robots.txt`. Feeds and the sitemap need the site's "
        + "`url`. Drafts and unlisted posts appear in none of them.")
public record FeedsSettings(
        @Setting("The feeds to write: RSS 2.0 (`rss.xml`), Atom 1.0 (`atom.xml`), JSON Feed 1.1 (`feed.json`), "
                + "next to the blog's list. `[]` writes none.")
        List<FeedFormat> formats,
        @Setting("How many of the newest posts each feed carries; at least 1.")
        Integer limit,
        @Setting("`full`: whole posts, with the excerpt as summary. `excerpt`: only the excerpt; readers follow the "
                + "link for the rest.")
        FeedContent content,
        @Setting(value = "The feeds' title.", defaultValue = "`blog.title`, else the site's `title`")
        String title,
        @Setting(value = "The feeds' description.", defaultValue = "`blog.description`, else the site's `description`")
        String description,
        @Setting("A rights statement, e.g. `CC BY 4.0`: RSS `copyright`, Atom `rights`.")
        String copyright,
        @Setting("Whether each tag gets feeds of its own, next to the tag's page (`/blog/tags/ml/rss.xml`) and "
                + "named in the head of the tag's pages.")
        Boolean tagFeeds,
        @Setting("Whether to write `sitemap.xml` of every page.")
        Boolean sitemap,
        @Setting("Whether to write `robots.txt` naming the sitemap; only for a site at the root of its host, and "
                + "never over a `static/robots.txt`.")
        Boolean robots) {

    /** How many posts a feed carries unless the settings say otherwise; Docusaurus's default too. */
    public static final int DEFAULT_LIMIT = 20;

    public FeedsSettings {
        formats = formats == null ? List.of(FeedFormat.values())
                : List.copyOf(new LinkedHashSet<>(formats.stream().filter(Objects::nonNull).toList()));
        limit = Objects.requireNonNullElse(limit, DEFAULT_LIMIT);
        content = Objects.requireNonNullElse(content, FeedContent.FULL);
        tagFeeds = Objects.requireNonNullElse(tagFeeds, true);
        sitemap = Objects.requireNonNullElse(sitemap, true);
        robots = Objects.requireNonNullElse(robots, true);
    }

    /** The settings of a {@code quire.yml} without a {@code feeds:} section. */
    public static FeedsSettings defaults() {
        return new FeedsSettings(null, null, null, null, null, null, null, null, null);
    }

    /** True when something this plugin writes needs the site's absolute URL. */
    boolean needsSiteUrl() {
        return !formats.isEmpty() || sitemap;
    }
}
