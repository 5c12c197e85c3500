package dev.quire.plugin.feeds;

import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import dev.quire.model.Urls;
import dev.quire.plugin.PluginContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;

/**
 * The blog's feeds ({@code /blog/rss.xml}, {@code /blog/atom.xml}, {@code /blog/feed.json}) and,
 * when enabled, the same for each tag next to the tag's page ({@code /blog/tags/ml/rss.xml}).
 * Feeds with no public post are not written: a feed without items is an error to readers.
 */
final class BlogFeeds {

    private final Site site;
    private final FeedsSettings settings;
    private final SitePaths paths;

    BlogFeeds(Site site, FeedsSettings settings) {
        this.site = site;
        this.settings = settings;
        this.paths = new SitePaths(site);
    }

    /** The {@code <link rel="alternate">} tags that let browsers and readers find the blog's feeds. */
    List<String> discoveryLinks() {
        return Publication.posts(site).isEmpty() ? List.of() : discoveryLinks(title(), paths.blog());
    }

    /**
     * The discovery links of each tag's own feeds, for the tag's pages, when tags have feeds: a
     * reader following one tag finds its feed on the page of the tag.
     */
    Map<Tag, List<String>> tagDiscoveryLinks() {
        Map<Tag, List<String>> links = new LinkedHashMap<>();
        tagFeeds().forEach((tag, posts) -> links.put(tag, discoveryLinks(tagTitle(tag), tag.permalink())));
        return links;
    }

    private List<String> discoveryLinks(String feedTitle, String pagePermalink) {
        List<String> links = new ArrayList<>();
        for (FeedFormat format : settings.formats()) {
            Element link = new Element("link")
                    .attr("rel", "alternate")
                    .attr("type", format.mediaType())
                    .attr("title", feedTitle + " " + format.label() + " Feed")
                    .attr("href", AbsoluteUrls.ascii(Urls.join(pagePermalink, format.fileName())));
            links.add(link.outerHtml());
        }
        return links;
    }

    /**
     * Writes every feed through {@code write}, which gets the output path and the file's text.
     * A feed whose posts did not change since an earlier build of the session is not written out
     * again: most edits change a few of the many tag feeds.
     */
    void write(FeedItems items, PluginContext context, BiConsumer<String, String> write) {
        List<Post> posts = Publication.posts(site);
        if (posts.isEmpty()) {
            return;
        }
        write(paths.blog(), feed(title(), description(), paths.blog(), items.of(newest(posts))), context, write);
        tagFeeds().forEach((tag, visible) -> {
            String description = tag.description() != null ? tag.description() : description();
            write(tag.permalink(), feed(tagTitle(tag), description, tag.permalink(), items.of(newest(visible))), context,
                    write);
        });
    }

    /** The tags that get feeds, with their public posts: none unless tag feeds are on, and no tag without such posts. */
    private Map<Tag, List<Post>> tagFeeds() {
        Map<Tag, List<Post>> feeds = new LinkedHashMap<>();
        if (settings.tagFeeds()) {
            site.tags().forEach((tag, tagged) -> {
                List<Post> visible = Publication.of(tagged);
                if (!visible.isEmpty()) {
                    feeds.put(tag, visible);
                }
            });
        }
        return feeds;
    }

    private String tagTitle(Tag tag) {
        return tag.label() + " | " + title();
    }

    /** A feed standing for the page at {@code permalink}, its texts cleaned for XML. */
    private FeedDocument feed(String title, String description, String permalink, List<FeedItem> items) {
        return new FeedDocument(XmlText.clean(title), XmlText.clean(description), paths.absolute(site.settings().link(permalink)),
                paths.absolute(permalink), site.settings().language(), XmlText.clean(settings.copyright()),
                XmlText.clean(site.settings().title()), items);
    }

    private void write(String pagePermalink, FeedDocument feed, PluginContext context, BiConsumer<String, String> write) {
        for (FeedFormat format : settings.formats()) {
            String path = Urls.join(pagePermalink, format.fileName());
            String selfUrl = paths.absolute(path);
            write.accept(paths.file(path),
                    context.memo("feed", List.of(format, feed.withHtmlNamed(), selfUrl),
                            () -> format.writer().write(feed, selfUrl)));
        }
    }

    private List<Post> newest(List<Post> posts) {
        return posts.subList(0, Math.min(settings.limit(), posts.size()));
    }

    /** The feeds' title: the setting, else the blog's title, else the site's. */
    String title() {
        return Objects.requireNonNullElseGet(settings.title(),
                () -> Objects.requireNonNullElse(site.settings().blog().title(), site.settings().title()));
    }

    private String description() {
        String description = Objects.requireNonNullElseGet(settings.description(),
                () -> Objects.requireNonNullElse(site.settings().blog().description(), site.settings().description()));
        return description.isBlank() ? title() : description;
    }
}
