package dev.quire.plugin.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A feed format: where its file goes next to the blog's pages and how pages announce it. */
public enum FeedFormat {

    /** RSS 2.0, the path Docusaurus uses. */
    @JsonProperty("rss")
    RSS("rss.xml", "application/rss+xml", "RSS"),

    /** Atom 1.0, the path Docusaurus uses. */
    @JsonProperty("atom")
    ATOM("atom.xml", "application/atom+xml", "Atom"),

    /** JSON Feed 1.1. */
    @JsonProperty("json")
    JSON("feed.json", "application/feed+json", "JSON");

    private final String fileName;
    private final String mediaType;
    private final String label;

    FeedFormat(String fileName, String mediaType, String label) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** The feed's file name, e.g. {@code rss.xml}. */
    public String fileName() {
        return fileName;
    }

    /** The media type autodiscovery links announce. */
    public String mediaType() {
        return mediaType;
    }

    /** The format's name for people, e.g. in a link's title. */
    public String label() {
        return label;
    }

    FeedWriter writer() {
        return switch (this) {
            case RSS -> new RssWriter();
            case ATOM -> new AtomWriter();
            case JSON -> new JsonFeedWriter();
        };
    }
}
