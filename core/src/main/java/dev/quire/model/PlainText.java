package dev.quire.model;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML as readers read it, for reading times, search indexes and the like: tags removed, entities
 * decoded, white space collapsed, and without the {@code #} links Quire puts after headings.
 * A post's text is {@link Content#text()}, made once however many parts of the build ask for it.
 */
public final class PlainText {

    private static final String ELLIPSIS = "…";

    private PlainText() {
    }

    /** The text of a piece of HTML. */
    public static String of(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("a.hash-link").remove();
        return document.text().strip();
    }

    /**
     * The start of a text, for descriptions and previews: the whole text when it has at most
     * {@code length} characters, else cut at the last space that leaves more than half of it
     * (in text without such a space, e.g. Korean without spaces for a while, right there, never
     * between the two halves of a character such as an emoji) and ended with an ellipsis, all of
     * it at most {@code length} characters.
     */
    public static String shortened(String text, int length) {
        String whole = text.strip();
        if (whole.length() <= length) {
            return whole;
        }
        int cut = whole.lastIndexOf(' ', length - ELLIPSIS.length());
        if (cut <= length / 2) {
            cut = length - ELLIPSIS.length();
            if (Character.isHighSurrogate(whole.charAt(cut - 1))) {
                cut--;
            }
        }
        return whole.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
