package dev.quire.model;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML as readers read it, for reading times, search indexes and the like: tags removed, entities
 * decoded, white space collapsed, and without the {@code #} links Quire puts after headings.
 * A post's text is {@link Content#text()}, made once however many parts of the build ask for it.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text of a piece of HTML. */
    public static String of(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("a.hash-link").remove();
        return document.text().strip();
    }
}
