package dev.quire.plugin.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/** Writes the plugin's XML files (feeds and sitemap) the same way: UTF-8, indented, {@code \n} lines. */
final class XmlOutput {

    /** Atom, for links inside RSS ({@code atom:link rel="self"}) and as the Atom feed's own namespace. */
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    /** Media RSS, for {@code media:thumbnail}, which feed readers show as an item's picture. */
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    private XmlOutput() {
    }

    /** Renders a Rome feed; {@code adjust} may change the XML tree Rome made before it is written. */
    static String write(WireFeed feed, Consumer<Element> adjust) {
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome refused the " + feed.getFeedType() + " feed: " + e.getMessage(), e);
        }
        adjust.accept(document.getRootElement());
        return write(document);
    }

    /** Renders {@code document}, declaring every prefixed namespace once on the root element. */
    static String write(Document document) {
        declareNamespacesOnRoot(document.getRootElement());
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator(LineSeparator.UNIX);
        return new XMLOutputter(format).outputString(document);
    }

    /** An element in {@code namespace} with the given attributes, in order. */
    static Element element(Namespace namespace, String name, String... attributes) {
        Element element = new Element(name, namespace);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                element.setAttribute(new Attribute(attributes[i], attributes[i + 1]));
            }
        }
        return element;
    }

    /**
     * Elements added as foreign markup carry their own namespace; without a declaration on the root
     * each would repeat {@code xmlns:media="..."}.
     */
    private static void declareNamespacesOnRoot(Element root) {
        Map<String, Namespace> used = new LinkedHashMap<>();
        for (Element element : root.getDescendants(Filters.element())) {
            Namespace namespace = element.getNamespace();
            if (!namespace.getPrefix().isEmpty()) {
                used.putIfAbsent(namespace.getPrefix(), namespace);
            }
        }
        used.values().forEach(namespace -> {
            if (root.getNamespace(namespace.getPrefix()) == null) {
                root.addNamespaceDeclaration(namespace);
            }
        });
    }
}
