package dev.quire.plugin.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much of each post a feed carries. */
public enum FeedContent {

    /** The whole post as HTML, with the excerpt as summary. */
    @JsonProperty("full")
    FULL,

    /** Only the excerpt: readers follow the link for the rest. */
    @JsonProperty("excerpt")
    EXCERPT
}
