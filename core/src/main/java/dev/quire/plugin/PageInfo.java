package dev.quire.plugin;

import java.util.List;

/**
 * What every rendered page tells its template about itself, mostly for {@code <head>}.
 *
 * @param kind        what sort of page this is: {@code post}, {@code page}, {@code list}, {@code tag},
 *                    {@code tags}, {@code archive}, {@code authors}, {@code author}, {@code 404},
 *                    or a plugin's own, e.g. {@code papers}
 * @param title       the page's title, without the site's name
 * @param description a sentence for search engines and previews
 * @param url         the page's path from the site root, with the base URL, as links give it (the
 *                    site's {@code trailing-slash} says whether it ends with a slash), or the file
 *                    name, e.g. {@code /404.html}
 * @param image       a cover image for previews, or {@code null}
 * @param noindex     true when search engines should not index the page
 * @param head        extra HTML for this page's {@code <head>}, e.g. the feed links of a tag's
 *                    page (see {@link dev.quire.model.Site#listHead(String)}); themes print it
 *                    after {@link dev.quire.model.Site#head()}
 */
public record PageInfo(String kind, String title, String description, String url, String image, boolean noindex,
        List<String> head) {

    public PageInfo {
        head = head == null ? List.of() : List.copyOf(head);
    }

    /** A page with nothing of its own for {@code <head>}. */
    public PageInfo(String kind, String title, String description, String url, String image, boolean noindex) {
        this(kind, title, description, url, image, noindex, List.of());
    }
}
