package dev.quire.plugin.feeds;

import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.Optional;

/**
 * Feeds and discovery: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the blog and of each tag,
 * {@code <link rel="alternate">} on every page (and to a tag's own feeds on the tag's pages),
 * {@code sitemap.xml} and {@code robots.txt}.
 * Settings: {@link FeedsSettings}, the {@code feeds:} section of {@code quire.yml}.
 */
public final class FeedsPlugin implements QuirePlugin {

    private static final String ROBOTS = "robots.txt";
    private static final String CONFIG = "quire.yml";

    private FeedsSettings settings = FeedsSettings.defaults();

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public Optional<Class<?>> settingsType() {
        return Optional.of(FeedsSettings.class);
    }

    /** After the other plugins, so the sitemap lists the pages they write too (e.g. a papers index). */
    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(FeedsSettings.class);
        if (settings.limit() < 1) {
            context.error(CONFIG, 0, "'feeds.limit' must be at least 1 (got " + settings.limit() + ")");
        }
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        if (!settings.needsSiteUrl()) {
            return;
        }
        if (site.settings().url() == null) {
            context.error(CONFIG, 0, "feeds and the sitemap need absolute URLs, but the site has no 'url': add "
                    + "'url: https://your.domain' to quire.yml or build with --base-url https://your.domain/ "
                    + "(or turn them off with 'feeds: {formats: [], sitemap: false}')");
            return;
        }
        BlogFeeds feeds = new BlogFeeds(site, settings);
        site.head().addAll(feeds.discoveryLinks());
        feeds.tagDiscoveryLinks().forEach((tag, links) -> site.listHead(tag.permalink()).addAll(links));
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        if (settings.needsSiteUrl() && site.settings().url() == null) {
            return;
        }
        LastUpdate lastUpdate = LastUpdate.of(site.contents(), context);
        if (!settings.formats().isEmpty()) {
            FeedItems items = new FeedItems(site, settings.content(), lastUpdate, context);
            new BlogFeeds(site, settings).write(items, context, (path, text) -> {
                writeNew(output, context, path, text);
                context.count("feeds", 1);
            });
        }
        if (settings.sitemap()) {
            writeNew(output, context, Sitemap.FILE, Sitemap.write(site, output.pages(), lastUpdate, context));
        }
        if (settings.robots()) {
            robots(output, context, site);
        }
    }

    private void robots(Output output, PluginContext context, Site site) {
        SitePaths paths = new SitePaths(site);
        if (!paths.atHostRoot()) {
            context.info(CONFIG, 0, "no robots.txt: crawlers read it only at the root of a host, and this site "
                    + "lives under " + site.settings().baseUrl() + "; name its " + Sitemap.FILE
                    + " in the host's robots.txt instead");
            return;
        }
        if (output.exists(ROBOTS)) {
            context.info("static/" + ROBOTS, 0, "kept instead of a generated robots.txt"
                    + (settings.sitemap() ? "; make it name " + paths.absolute(site.url(Sitemap.FILE)) : ""));
            return;
        }
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (settings.sitemap()) {
            robots.append("\nSitemap: ").append(paths.absolute(site.url(Sitemap.FILE))).append('\n');
        }
        output.write(ROBOTS, robots.toString());
    }

    /** Writes a file nobody else wrote; two sources for one file are reported, not overwritten. */
    private static void writeNew(Output output, PluginContext context, String path, String text) {
        if (output.exists(path)) {
            context.error(null, 0, "two files for '" + path + "': one from static/ or another plugin, one from "
                    + "the feeds plugin; remove the other or turn this one off in the 'feeds' section of quire.yml");
            return;
        }
        output.write(path, text);
    }
}
