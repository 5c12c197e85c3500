package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Heading;
import dev.quire.model.Post;
import dev.quire.model.Urls;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A post or page that discusses a paper, as a paper's page lists it.
 *
 * @param title the post's or page's title
 * @param url   its URL, with the anchor of the section that discusses the paper when there is one
 * @param date  when the post appeared; null for a page
 */
public record Discussion(String title, String url, ZonedDateTime date) implements Serializable {

    /**
     * Where {@code content} discusses a paper, once it is rendered (its headings have their anchors).
     *
     * @param section the index in its table of contents of the section that discusses the paper
     *                ({@link SiteCitations#section}); -1 for the top of the page
     */
    static Discussion of(Content content, int section) {
        List<Heading> toc = content.toc();
        String url = section >= 0 && section < toc.size()
                ? content.url() + "#" + Urls.encodeForHtml(toc.get(section).id()) : content.url();
        return new Discussion(content.title(), url, content instanceof Post post ? post.date() : null);
    }
}
