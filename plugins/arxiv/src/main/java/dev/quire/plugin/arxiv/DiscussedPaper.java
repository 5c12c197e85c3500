package dev.quire.plugin.arxiv;

import java.io.Serializable;
import java.util.List;

/**
 * A paper with the listed posts and the pages that discuss it: an entry of the papers index's pages.
 *
 * @param paper       the paper
 * @param discussions the listed posts (newest first), then the pages, that name it
 */
public record DiscussedPaper(Paper paper, List<Discussion> discussions) implements Serializable {

    /** How many discussions an index entry shows; its paper's page shows them all. */
    public static final int SHOWN = 3;

    public DiscussedPaper {
        discussions = List.copyOf(discussions);
    }

    /** The newest {@value #SHOWN} discussions. */
    public List<Discussion> latest() {
        return discussions.subList(0, Math.min(SHOWN, discussions.size()));
    }

    /** How many discussions {@link #latest()} leaves out. */
    public int more() {
        return Math.max(0, discussions.size() - SHOWN);
    }
}
