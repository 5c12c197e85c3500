package dev.quire.plugin.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import dev.quire.testing.TestSite;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;

/** Reads a built site's feeds and sitemap back with the parsers feed consumers use. */
final class FeedFiles {

    private static final Namespace SITEMAP = Namespace.getNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");

    private FeedFiles() {
    }

    static Channel rss(TestSite site, String path) {
        return (Channel) parse(site.output(path));
    }

    static Feed atom(TestSite site, String path) {
        return (Feed) parse(site.output(path));
    }

    static JsonNode json(TestSite site, String path) {
        try {
            return new ObjectMapper().readTree(site.output(path));
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + path, e);
        }
    }

    /** Each {@code <url>} of the sitemap as "loc lastmod" (lastmod "-" when absent), in file order. */
    static List<String> sitemap(TestSite site) {
        Document document = xml(site.output("sitemap.xml"));
        List<String> entries = new ArrayList<>();
        for (Element url : document.getRootElement().getChildren("url", SITEMAP)) {
            String lastmod = url.getChildText("lastmod", SITEMAP);
            entries.add(url.getChildText("loc", SITEMAP) + " " + (lastmod == null ? "-" : lastmod));
        }
        return entries;
    }

    static Document xml(String text) {
        SAXBuilder builder = new SAXBuilder();
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return builder.build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static com.rometools.rome.feed.WireFeed parse(String xml) {
        try {
            return new WireFeedInput().build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("Rome cannot read the feed: " + e.getMessage(), e);
        }
    }
}
