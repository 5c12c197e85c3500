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
 * @param more   the row that stands for the papers the card leaves out ({@link #leftOut}) in the
 *               site's language, e.g. "+3 more"; null for just "+3"
 */
public record CardText(String site, String title, String date, List<String> papers, String more) {

    /** The rows a card has for papers; with more papers, the last of them says how many more. */
    static final int PAPER_ROWS = 3;

    public CardText {
        site = Objects.requireNonNullElse(site, "");
        title = Objects.requireNonNullElse(title, "");
        date = Objects.requireNonNullElse(date, "");
        papers = List.copyOf(papers);
    }

    /** How many of {@code papers} papers a card leaves out: none of three or fewer, else all but two. */
    public static int leftOut(int papers) {
        return papers <= PAPER_ROWS ? 0 : papers - (PAPER_ROWS - 1);
    }
}
