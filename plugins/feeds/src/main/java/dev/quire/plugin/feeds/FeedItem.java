package dev.quire.plugin.feeds;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One post as every feed format carries it. All text is already free of characters XML forbids,
 * and all URLs are absolute.
 *
 * @param title       the post's title, plain text
 * @param url         the page to open: the post's URL as pages link to it
 * @param id          the stable id: the permalink as Docusaurus's feeds have it, whatever
 *                    {@code trailing-slash} says, so a blog moving over keeps its readers' read/unread state
 * @param published   when the post was published
 * @param updated     when it last changed, or {@code null} when nobody said
 * @param authors     the post's authors
 * @param categories  the labels of the post's tags
 * @param summaryHtml the excerpt as HTML, links absolute; may be empty
 * @param contentHtml the whole post as HTML, links absolute; {@code null} for excerpt-only feeds
 * @param image       the cover image, or {@code null}
 * @param papers      the papers the post discusses
 */
record FeedItem(String title, String url, String id, ZonedDateTime published, ZonedDateTime updated,
        List<Person> authors, List<String> categories, String summaryHtml, String contentHtml,
        CoverImage image, List<PaperLink> papers) implements Serializable {

    /**
     * An author.
     *
     * @param name     the name shown
     * @param url      a page about them (absolute), or {@code null}
     * @param email    an address, or {@code null}
     * @param imageUrl an avatar (absolute), or {@code null}
     */
    record Person(String name, String url, String email, String imageUrl) implements Serializable {
    }

    /**
     * This item with each HTML text replaced by its length and hash, to key what is made from the
     * item by ({@link dev.quire.plugin.PluginContext#memo}): the HTML of an unchanged post is the
     * very string of the last build, whose hash Java keeps, and it is the biggest part of the item.
     */
    FeedItem withHtmlNamed() {
        return new FeedItem(title, url, id, published, updated, authors, categories, HtmlName.of(summaryHtml),
                HtmlName.of(contentHtml), image, papers);
    }

    /** The latest date the item changed: the updated date, else the published one. */
    ZonedDateTime lastChanged() {
        return updated != null ? updated : published;
    }
}
