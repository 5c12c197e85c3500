package dev.quire.plugin.feeds;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One feed, independent of its format: the blog's or a tag's.
 *
 * @param title       the feed's title
 * @param description what the feed is about; never empty (RSS requires one)
 * @param homeUrl     the page the feed stands for (absolute, as pages link it)
 * @param id          the feed's stable id: that page's permalink, as Docusaurus has it
 * @param language    the language of the content, e.g. {@code ko}
 * @param copyright   a rights statement, or {@code null}
 * @param author      who the feed is by when a post names nobody (Atom requires an author)
 * @param items       the posts, newest first; never empty
 */
record FeedDocument(String title, String description, String homeUrl, String id, String language,
        String copyright, String author, List<FeedItem> items) implements Serializable {

    FeedDocument {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a feed needs at least one item");
        }
        items = List.copyOf(items);
    }

    /** This feed with each item's HTML replaced by its name ({@link FeedItem#withHtmlNamed}): to key feeds by. */
    FeedDocument withHtmlNamed() {
        return new FeedDocument(title, description, homeUrl, id, language, copyright, author,
                items.stream().map(FeedItem::withHtmlNamed).toList());
    }

    /**
     * When the feed last changed: the newest item's date. Not the clock, so the same posts give
     * byte-identical feeds.
     */
    ZonedDateTime updated() {
        return items.stream().map(FeedItem::lastChanged)
                .max(Comparator.comparing(ZonedDateTime::toInstant)).orElseThrow();
    }
}
