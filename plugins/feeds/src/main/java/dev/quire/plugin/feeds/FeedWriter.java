package dev.quire.plugin.feeds;

/** Writes a feed in one format. */
interface FeedWriter {

    /**
     * The feed's file content.
     *
     * @param selfUrl the absolute URL the feed is published at, for readers that follow it
     */
    String write(FeedDocument feed, String selfUrl);
}
