package dev.quire.theme.pebble;

import dev.quire.model.SiteSettings;
import dev.quire.model.Urls;

/**
 * URLs of the site for templates. A site path is relative to the site's root ({@code tags/}),
 * a rooted path already includes the base URL ({@code /blog/tags/}, what the model's
 * {@code url()} methods return).
 */
final class SiteUrls {

    private final SiteSettings settings;

    SiteUrls(SiteSettings settings) {
        this.settings = settings;
    }

    /**
     * {@code papers/} → {@code /base/papers/}; a rooted path or an outside URL is returned as it is.
     */
    String relative(String path) {
        if (Urls.isExternal(path) || path.startsWith("/")) {
            return path;
        }
        return settings.baseUrl() + path;
    }

    /**
     * The URL pages link to for the page at a site path, with or without a trailing slash as the
     * site's {@code trailing-slash} says: {@code tags} → {@code /base/tags/} (or {@code /base/tags}).
     */
    String page(String path) {
        return Urls.encodeForHtml(settings.link(Urls.join(settings.baseUrl(), path)));
    }

    /**
     * The absolute URL of a site path or rooted path ({@code /base/papers/} →
     * {@code https://example.org/base/papers/}), for canonical links and link previews. Without a
     * site {@code url} in {@code quire.yml} the rooted path is the best there is.
     */
    String absolute(String path) {
        return absolute(path, null);
    }

    /**
     * Like {@link #absolute(String)}, but a relative path ({@code ./asset/x.png}) is resolved
     * against {@code base}, a rooted path such as a page's URL, when one is given.
     */
    String absolute(String path, String base) {
        if (Urls.isExternal(path)) {
            return path;
        }
        String rooted = base == null || path.startsWith("/") ? relative(path)
                : java.net.URI.create(Urls.encodePath(base)).resolve(Urls.encodePath(path)).getPath();
        return settings.url() == null ? rooted : settings.url() + Urls.encodePath(rooted);
    }
}
