package dev.quire.plugin;

/**
 * What every rendered page tells its template about itself, mostly for {@code <head>}.
 *
 * @param kind        what sort of page this is: {@code post}, {@code page}, {@code list}, {@code tag},
 *                    {@code tags}, {@code archive}, {@code authors}, {@code author}, {@code 404},
 *                    or a plugin's own, e.g. {@code papers}
 * @param title       the page's title, without the site's name
 * @param description a sentence for search engines and previews
 * @param url         the page's path from the site root, with the base URL and a trailing slash
 *                    (or the file name, e.g. {@code /404.html})
 * @param image       a cover image for previews, or {@code null}
 * @param noindex     true when search engines should not index the page
 */
public record PageInfo(String kind, String title, String description, String url, String image, boolean noindex) {
}
