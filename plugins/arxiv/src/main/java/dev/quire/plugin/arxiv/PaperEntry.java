package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Post;
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

    /** The newest listed post that names the paper; null when only pages do. */
    public Post newestPost() {
        return !posts.isEmpty() && posts.get(0) instanceof Post post ? post : null;
    }
}
