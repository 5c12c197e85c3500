package dev.quire.plugin.feeds;

import dev.quire.model.Site;
import dev.quire.model.Urls;

/** Where this plugin's files go: output paths and URLs under the site's base URL. */
final class SitePaths {

    private final Site site;

    SitePaths(Site site) {
        this.site = site;
    }

    /** The blog's list page as a permalink, e.g. {@code /blog}: what feeds stand for. */
    String blog() {
        return Urls.join(site.settings().baseUrl(), site.settings().blog().routeBasePath());
    }

    /** The output file of a path that includes the base URL: {@code /base/blog/rss.xml} → {@code blog/rss.xml}. */
    String file(String rootedPath) {
        String base = site.settings().baseUrl();
        return rootedPath.startsWith(base) ? rootedPath.substring(base.length()) : rootedPath.substring(1);
    }

    /** The absolute URL of a path that includes the base URL. */
    String absolute(String rootedPath) {
        return site.absoluteUrl(rootedPath);
    }

    /** True when the site is served from the root of its host, where crawlers look for robots.txt. */
    boolean atHostRoot() {
        return site.settings().baseUrl().equals("/");
    }
}
