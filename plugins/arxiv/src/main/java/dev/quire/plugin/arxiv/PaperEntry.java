package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import java.util.List;

/**
 * One paper of the site-wide index ({@code site.data.papers}) and where the site discusses it.
 *
 * @param paper the paper
 * @param posts the listed posts (newest first), then the pages, that name it
 */
public record PaperEntry(Paper paper, List<Content> posts) {

    public PaperEntry {
        posts = List.copyOf(posts);
    }
}
