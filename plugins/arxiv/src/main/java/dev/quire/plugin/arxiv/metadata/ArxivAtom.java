package dev.quire.plugin.arxiv.metadata;

import dev.quire.plugin.arxiv.ArxivId;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Atom feed of the arXiv API with StAX, in both of its formats: the one used until late
 * 2025 (namespaces declared on elements, {@code rel}/{@code title} on links, hard-wrapped text,
 * empty entries for unknown ids) and the current one (namespaces on the root, bare links, text on
 * one line, unknown ids left out). Only what is needed is read; links are not trusted at all (a
 * paper's URLs are built from its id).
 *
 * <p>DTDs and external entities are refused: a response with a DOCTYPE is rejected outright.
 */
public final class ArxivAtom {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";
    private static final Pattern ABS_ID = Pattern.compile("^https?://arxiv\\.org/abs/(.+)$");
    private static final String ERROR_PREFIX = "arxiv.org/api/errors";

    /** One {@code <entry>} of a response. */
    public sealed interface Entry permits Paper, Refused {
    }

    /** An entry that describes a paper. */
    public record Paper(PaperMetadata metadata) implements Entry {
    }

    /**
     * An entry that does not describe a paper: the API's error entry, or one too broken to use.
     *
     * @param id      the id it is about, when it says
     * @param message why, in arXiv's words where there are some
     */
    public record Refused(String id, String message) implements Entry {
    }

    /** The response is not a readable Atom feed. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private ArxivAtom() {
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path, so the hardening below holds.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * Reads the entries of a response.
     *
     * @throws Malformed when the bytes are not a well-formed Atom feed, or carry a DOCTYPE
     */
    public static List<Entry> read(byte[] response) throws Malformed {
        XMLStreamReader xml = null;
        try {
            synchronized (FACTORY) {
                xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(response));
            }
            return feed(xml);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
            throw new Malformed("not well-formed XML (" + where + firstLine(e.getMessage()) + ")");
        } finally {
            close(xml);
        }
    }

    private static List<Entry> feed(XMLStreamReader xml) throws XMLStreamException, Malformed {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new Malformed("it has a DOCTYPE, which an Atom feed never needs; refused");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!isAtom(xml, "feed")) {
                    throw new Malformed("not an Atom feed (it starts with <" + xml.getLocalName() + ">)");
                }
                return entries(xml);
            }
        }
        throw new Malformed("the answer is empty");
    }

    private static List<Entry> entries(XMLStreamReader xml) throws XMLStreamException {
        List<Entry> entries = new ArrayList<>();
        while (nextChild(xml)) {
            if (isAtom(xml, "entry")) {
                entry(xml).ifPresent(entries::add);
            } else {
                skip(xml);
            }
        }
        return entries;
    }

    /** The fields of one entry as written, before they are checked. */
    private static final class Fields {
        String id;
        String title;
        String summary;
        String published;
        String updated;
        String primaryCategory;
        String comment;
        String journalRef;
        String doi;
        final List<String> authors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
    }

    private static Optional<Entry> entry(XMLStreamReader xml) throws XMLStreamException {
        Fields f = new Fields();
        while (nextChild(xml)) {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (ATOM.equals(ns)) {
                switch (name) {
                    case "id" -> f.id = text(xml);
                    case "title" -> f.title = text(xml);
                    case "summary" -> f.summary = text(xml);
                    case "published" -> f.published = text(xml);
                    case "updated" -> f.updated = text(xml);
                    case "author" -> author(xml, f.authors);
                    case "category" -> category(xml, f.categories);
                    default -> skip(xml);
                }
            } else if (ARXIV.equals(ns)) {
                switch (name) {
                    case "primary_category" -> {
                        f.primaryCategory = attribute(xml, "term");
                        skip(xml);
                    }
                    case "comment" -> f.comment = text(xml);
                    case "journal_ref" -> f.journalRef = text(xml);
                    case "doi" -> f.doi = text(xml);
                    default -> skip(xml);
                }
            } else {
                skip(xml);
            }
        }
        return check(f);
    }

    private static Optional<Entry> check(Fields f) {
        if (f.id == null || f.id.isEmpty()) {
            return Optional.of(new Refused(null, "an entry without an id"));
        }
        if (f.id.contains(ERROR_PREFIX)) {
            String message = f.summary == null || f.summary.isEmpty() ? f.id : f.summary;
            return Optional.of(new Refused(null, message));
        }
        Matcher m = ABS_ID.matcher(f.id);
        Optional<ArxivId> id = m.matches() ? ArxivId.parse(m.group(1)) : Optional.empty();
        if (id.isEmpty()) {
            return Optional.of(new Refused(null, "an entry with an unexpected id '" + shorten(f.id) + "'"));
        }
        String canonical = id.get().id();
        if (f.title == null || f.title.isEmpty() || f.published == null) {
            // The old format answered an unknown id with an empty entry; the new one leaves it out.
            return Optional.empty();
        }
        try {
            OffsetDateTime published = OffsetDateTime.parse(f.published);
            OffsetDateTime updated = f.updated == null ? published : OffsetDateTime.parse(f.updated);
            List<String> categories = f.categories;
            String primary = f.primaryCategory != null ? f.primaryCategory : categories.isEmpty() ? null : categories.get(0);
            return Optional.of(new Paper(new PaperMetadata(canonical, id.get().version(), f.title, f.authors, f.summary,
                    published, updated, primary, categories, f.comment, f.journalRef, f.doi, null, null, null,
                    null, null, null)));
        } catch (DateTimeParseException e) {
            return Optional.of(new Refused(canonical, "the entry has an unreadable date '" + shorten(e.getParsedString()) + "'"));
        }
    }

    private static void author(XMLStreamReader xml, List<String> authors) throws XMLStreamException {
        while (nextChild(xml)) {
            if (isAtom(xml, "name")) {
                String name = text(xml);
                if (!name.isEmpty()) {
                    authors.add(name);
                }
            } else {
                skip(xml);
            }
        }
    }

    private static void category(XMLStreamReader xml, List<String> categories) throws XMLStreamException {
        String term = attribute(xml, "term");
        if (term != null && !categories.contains(term)) {
            categories.add(term);
        }
        skip(xml);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : normalize(value);
    }

    private static boolean isAtom(XMLStreamReader xml, String name) {
        return ATOM.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return false when the current element ended instead
     */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("the answer ends in the middle of an element", xml.getLocation());
    }

    /** Skips the current element and everything in it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("the answer ends in the middle of an element", xml.getLocation());
            }
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** All the text inside the current element (markup inside it dropped), whitespace normalised. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("the answer ends in the middle of an element", xml.getLocation());
            }
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                }
            }
        }
        return normalize(text.toString());
    }

    /** Hard-wrapped lines and runs of spaces become single spaces; control characters go. */
    static String normalize(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", "").replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String text = message.replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing was left open that matters: the bytes are in memory.
            }
        }
    }
}
