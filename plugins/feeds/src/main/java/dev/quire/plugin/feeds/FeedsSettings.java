package dev.quire.plugin.feeds;

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
 * @param formats     the feeds to write, in this order; default all three
 * @param limit       how many of the newest posts each feed carries; at least 1
 * @param content     whole posts or excerpts only
 * @param title       the feeds' title
 * @param description the feeds' description
 * @param copyright   a rights statement, or {@code null}
 * @param tagFeeds    whether each tag gets its own feeds
 * @param sitemap     whether to write {@code sitemap.xml}
 * @param robots      whether to write {@code robots.txt}
 */
public record FeedsSettings(List<FeedFormat> formats, Integer limit, FeedContent content, String title,
        String description, String copyright, Boolean tagFeeds, Boolean sitemap, Boolean robots) {

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
