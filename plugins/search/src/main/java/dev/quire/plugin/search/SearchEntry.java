package dev.quire.plugin.search;

import java.io.Serializable;
import java.util.List;

/**
 * One post or page as the index sees it.
 *
 * @param title  its title
 * @param url    its URL, with the base URL
 * @param date   the publication day of a post ({@code 2025-11-28}), null for pages
 * @param tags   tag labels
 * @param papers titles of the papers it discusses (from plugins' {@code papers} data)
 * @param text   its text without markup, shortened to the configured length
 */
record SearchEntry(String title, String url, String date, List<String> tags, List<String> papers, String text)
        implements Serializable {

    /** How much of the text a search result shows, in characters. */
    static final int EXCERPT_LENGTH = 160;

    SearchEntry withText(String newText) {
        return new SearchEntry(title, url, date, tags, papers, newText);
    }

    /**
     * The start of the text, cut at a space near {@value #EXCERPT_LENGTH} characters (or there, in
     * text without spaces), with an ellipsis when something was cut.
     */
    String excerpt() {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        if (cut < EXCERPT_LENGTH * 3 / 4) {
            cut = Character.isHighSurrogate(text.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
