package dev.quire.plugin.search;

import dev.quire.model.PlainText;
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

    /** The start of the text, as long as a search result shows it. */
    String excerpt() {
        return PlainText.shortened(text, EXCERPT_LENGTH);
    }
}
