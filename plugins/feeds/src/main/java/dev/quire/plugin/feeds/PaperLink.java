package dev.quire.plugin.feeds;

import dev.quire.plugin.PluginData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A paper a post discusses, as a link in its feed items.
 *
 * <p>The papers come from another plugin (arXiv) through {@code post.data().get("papers")}: a list
 * whose elements are records or maps with an {@code absUrl} (the paper's abstract page) and a
 * {@code title}, read by those names ({@link PluginData}).
 *
 * @param title the paper's title, or {@code null} when unknown
 * @param url   the paper's page
 */
record PaperLink(String title, String url) implements Serializable {

    /** The key under which posts carry their papers. */
    static final String DATA_KEY = "papers";

    /**
     * The papers in {@code data}, in order; none for {@code null}.
     *
     * @throws IllegalArgumentException when {@code data} is not a list of papers with an {@code absUrl}
     */
    static List<PaperLink> from(Object data) {
        if (data == null) {
            return List.of();
        }
        if (!(data instanceof List<?> papers)) {
            throw new IllegalArgumentException("is a " + data.getClass().getSimpleName() + ", not a list");
        }
        List<PaperLink> links = new ArrayList<>(papers.size());
        for (Object paper : papers) {
            Object url = PluginData.property(paper, "absUrl");
            if (url == null || url.toString().isBlank()) {
                throw new IllegalArgumentException("has an entry without 'absUrl': " + paper);
            }
            Object title = PluginData.property(paper, "title");
            links.add(new PaperLink(title == null ? null : title.toString(), url.toString()));
        }
        return List.copyOf(links);
    }
}
