package dev.quire.plugin.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Atom 1.0 with Rome: the whole post as {@code content type="html"}, the excerpt as
 * {@code summary}, the cover as {@code link rel="enclosure"} and {@code media:thumbnail}, each
 * paper as {@code link rel="related"}, and the language as {@code xml:lang}.
 */
final class AtomWriter implements FeedWriter {

    @Override
    public String write(FeedDocument feed, String selfUrl) {
        Feed atom = new Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setTitleEx(text(Content.TEXT, feed.title()));
        atom.setSubtitle(text(Content.TEXT, feed.description()));
        atom.setAlternateLinks(new ArrayList<>(List.of(link("alternate", feed.homeUrl(), "text/html", null))));
        atom.setOtherLinks(new ArrayList<>(List.of(link("self", selfUrl, FeedFormat.ATOM.mediaType(), null))));
        atom.setId(feed.id());
        atom.setRights(feed.copyright());
        atom.setUpdated(Date.from(feed.updated().toInstant()));
        // Atom wants an author for every entry; the feed's stands in for posts that name none.
        atom.setAuthors(new ArrayList<>(List.of(person(new FeedItem.Person(feed.author(), null, null, null)))));
        atom.setEntries(feed.items().stream().map(AtomWriter::entry).toList());
        return XmlOutput.write(atom, root -> root.setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE));
    }

    private static Entry entry(FeedItem item) {
        Entry entry = new Entry();
        entry.setTitleEx(text(Content.TEXT, item.title()));
        entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", item.url(), "text/html", null))));
        List<Link> others = new ArrayList<>();
        if (item.image() != null && item.image().mediaType() != null) {
            others.add(link("enclosure", item.image().url(), item.image().mediaType(), null));
        }
        item.papers().forEach(paper -> others.add(link("related", paper.url(), "text/html", paper.title())));
        entry.setOtherLinks(others);
        entry.setAuthors(new ArrayList<>(item.authors().stream().map(AtomWriter::person).toList()));
        entry.setCategories(item.categories().stream().map(AtomWriter::category).toList());
        entry.setId(item.id());
        entry.setPublished(Date.from(item.published().toInstant()));
        entry.setUpdated(Date.from(item.lastChanged().toInstant()));
        if (item.contentHtml() != null) {
            entry.setContents(new ArrayList<>(List.of(text(Content.HTML, item.contentHtml()))));
        }
        if (!item.summaryHtml().isEmpty()) {
            entry.setSummary(text(Content.HTML, item.summaryHtml()));
        }
        if (item.image() != null) {
            List<Element> thumbnail = new ArrayList<>();
            thumbnail.add(XmlOutput.element(XmlOutput.MEDIA, "thumbnail", "url", item.image().url()));
            entry.setForeignMarkup(thumbnail);
        }
        return entry;
    }

    private static Content text(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type, String title) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setTitle(title);
        return link;
    }

    private static SyndPerson person(FeedItem.Person author) {
        Person person = new Person();
        person.setName(author.name());
        person.setUri(author.url());
        person.setEmail(author.email());
        return person;
    }

    private static Category category(String label) {
        Category category = new Category();
        category.setTerm(label);
        return category;
    }
}
