package dev.quire.plugin.cards.draw;

import java.util.List;
import java.util.Objects;

/**
 * What one card shows; two cards with equal texts are the same picture.
 *
 * @param site   the site's title
 * @param title  the post's title
 * @param date   the post's date as the card prints it
 * @param papers the titles of the papers the post covers, in the post's order
 */
public record CardText(String site, String title, String date, List<String> papers) {

    public CardText {
        site = Objects.requireNonNullElse(site, "");
        title = Objects.requireNonNullElse(title, "");
        date = Objects.requireNonNullElse(date, "");
        papers = List.copyOf(papers);
    }
}
