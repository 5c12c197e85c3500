package dev.quire.plugin.feeds;

import dev.quire.model.Author;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.PluginContext;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns posts into {@link FeedItem}s, each once however many feeds (the blog's, its tags') carry it:
 * links made absolute against the post's URL, text cleaned for XML.
 */
final class FeedItems {

    private final Site site;
    private final FeedContent content;
    private final LastUpdate lastUpdate;
    private final PluginContext context;
    private final Map<Post, FeedItem> items = new IdentityHashMap<>();

    FeedItems(Site site, FeedContent content, LastUpdate lastUpdate, PluginContext context) {
        this.site = site;
        this.content = content;
        this.lastUpdate = lastUpdate;
        this.context = context;
    }

    /** The items of {@code posts}, in the same order. */
    List<FeedItem> of(List<Post> posts) {
        return posts.stream().map(post -> items.computeIfAbsent(post, this::item)).toList();
    }

    private FeedItem item(Post post) {
        String url = site.absoluteUrl(post.url());
        ZonedDateTime updated = lastUpdate.of(post).orElse(null);
        List<FeedItem.Person> authors = post.authors().stream()
                .filter(author -> author.name() != null && !author.name().isBlank())
                .map(author -> person(author, url)).toList();
        List<String> categories = post.tags().stream().map(tag -> XmlText.clean(tag.label())).toList();
        String summary = html(post, post.excerptHtml(), url, context);
        String full = content == FeedContent.FULL ? html(post, post.html(), url, context) : null;
        return new FeedItem(XmlText.clean(post.title()), url, site.absoluteUrl(post.permalink()), post.date(), updated,
                authors, categories, summary, full, CoverImage.of(post.image(), url, post.data().get(CoverImage.DATA_KEY)), papers(post));
    }

    private static FeedItem.Person person(Author author, String base) {
        return new FeedItem.Person(XmlText.clean(author.name()), link(author.url(), base), XmlText.clean(author.email()),
                link(author.imageUrl(), base));
    }

    private static String link(String url, String base) {
        return url == null || url.isBlank() ? null : XmlText.clean(AbsoluteUrls.resolve(base, url));
    }

    /**
     * What a post's HTML with absolute links is made from: the HTML, named by the post's revision
     * with its length and hash ({@link HtmlName}), and the URL its links are relative to.
     */
    private record HtmlSource(String revision, String html, String base) implements Serializable {
    }

    /** Cleaned before parsing: jsoup would write a forbidden character back as a reference to it. */
    private static String html(Post post, String html, String base, PluginContext context) {
        return context.memo("absolute html", new HtmlSource(post.revision(), HtmlName.of(html), base),
                () -> AbsoluteUrls.html(XmlText.clean(html), base));
    }

    private List<PaperLink> papers(Post post) {
        try {
            return PaperLink.from(post.data().get(PaperLink.DATA_KEY)).stream()
                    .map(p -> new PaperLink(XmlText.clean(p.title()), XmlText.clean(p.url()))).toList();
        } catch (IllegalArgumentException e) {
            context.warning(post.source(), 0, "the post's '" + PaperLink.DATA_KEY + "' data " + e.getMessage()
                    + "; its feed items leave the papers out");
            return List.of();
        }
    }
}
