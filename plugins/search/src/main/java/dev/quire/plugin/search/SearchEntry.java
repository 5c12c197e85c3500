package dev.quire.plugin.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.List;

/**
 * One post or page in the index.
 *
 * @param title  its title
 * @param url    its URL, with the base URL
 * @param date   the publication day of a post ({@code 2025-11-28}), null for pages
 * @param tags   tag labels
 * @param papers titles of the papers it discusses (from plugins' {@code papers} data)
 * @param text   its text without markup, shortened to the configured length
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record SearchEntry(String title, String url, String date, List<String> tags, List<String> papers, String text)
        implements Serializable {

    SearchEntry withText(String newText) {
        return new SearchEntry(title, url, date, tags, papers, newText);
    }
}
