package dev.quire.plugin.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 with Rome. Besides the core elements: {@code content:encoded} for the whole post,
 * {@code dc:creator} for authors (RSS's own {@code author} must be an e-mail address),
 * {@code atom:link rel="self"} as feed validators ask, the cover as {@code enclosure} and
 * {@code media:thumbnail}, and each paper as {@code atom:link rel="related"}.
 */
final class RssWriter implements FeedWriter {

    @Override
    public String write(FeedDocument feed, String selfUrl) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setCopyright(feed.copyright());
        channel.setLastBuildDate(Date.from(feed.updated().toInstant()));
        channel.setForeignMarkup(new ArrayList<>(List.of(XmlOutput.element(XmlOutput.ATOM, "link",
                "href", selfUrl, "rel", "self", "type", FeedFormat.RSS.mediaType()))));
        channel.setItems(feed.items().stream().map(RssWriter::item).toList());
        return XmlOutput.write(channel, root -> { });
    }

    private static Item item(FeedItem entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published().toInstant()));
        if (!entry.summaryHtml().isEmpty()) {
            Description description = new Description();
            description.setType("text/html");
            description.setValue(entry.summaryHtml());
            item.setDescription(description);
        }
        if (entry.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.contentHtml());
            item.setContent(content);
        }
        item.setCategories(entry.categories().stream().map(RssWriter::category).toList());
        if (!entry.authors().isEmpty()) {
            DCModule creators = new DCModuleImpl();
            creators.setCreators(entry.authors().stream().map(FeedItem.Person::name).toList());
            item.setModules(new ArrayList<Module>(List.of(creators)));
        }
        item.setForeignMarkup(foreignMarkup(entry));
        return item;
    }

    private static Category category(String label) {
        Category category = new Category();
        category.setValue(label);
        return category;
    }

    private static List<Element> foreignMarkup(FeedItem entry) {
        List<Element> elements = new ArrayList<>();
        CoverImage image = entry.image();
        if (image != null) {
            if (image.mediaType() != null) {
                // RSS requires a length, which Rome's own enclosures leave out when it is 0: 0 is
                // what the RSS Advisory Board recommends when the size is unknown (the image lives
                // on another host, or no plugin published it).
                String length = image.length() == null ? "0" : image.length().toString();
                elements.add(XmlOutput.element(Namespace.NO_NAMESPACE, "enclosure",
                        "url", image.url(), "length", length, "type", image.mediaType()));
            }
            elements.add(XmlOutput.element(XmlOutput.MEDIA, "thumbnail", "url", image.url()));
        }
        for (PaperLink paper : entry.papers()) {
            elements.add(XmlOutput.element(XmlOutput.ATOM, "link",
                    "href", paper.url(), "rel", "related", "type", "text/html", "title", paper.title()));
        }
        return elements;
    }
}
