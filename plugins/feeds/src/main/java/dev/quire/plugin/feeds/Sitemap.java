package dev.quire.plugin.feeds;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.Digest;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * {@code sitemap.xml}: every page the build rendered that search engines may index, sorted by URL.
 * Left out: {@code noindex} pages (unlisted posts, 404), drafts, and the tag pages of tags that
 * only drafts carry. Posts have a {@code lastmod} from their date or stated last update, pages
 * from their stated last update.
 */
final class Sitemap {

    static final String FILE = "sitemap.xml";
    private static final Namespace NAMESPACE = Namespace.getNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");

    private Sitemap() {
    }

    /**
     * The text of the sitemap; in a session, made once per version of its entries
     * ({@link PluginContext#memo}): thousands of URLs.
     *
     * @param pages the rendered pages by output path, as {@link dev.quire.plugin.Output#pages()} lists them
     */
    static String write(Site site, Map<String, PageInfo> pages, LastUpdate lastUpdate, PluginContext context) {
        Predicate<String> hidden = hiddenUrls(site);
        Map<String, LocalDate> lastModified = lastModified(site, lastUpdate);
        SitePaths paths = new SitePaths(site);
        SortedMap<String, LocalDate> entries = new TreeMap<>();
        for (PageInfo page : pages.values()) {
            if (!page.noindex() && !hidden.test(page.url())) {
                entries.put(paths.absolute(page.url()), lastModified.get(page.url()));
            }
        }
        StringBuilder listed = new StringBuilder(entries.size() * 80);
        entries.forEach((loc, lastmod) -> listed.append(loc).append(' ').append(lastmod).append('\n'));
        return context.memo("sitemap", Digest.of(listed.toString()), () -> xml(entries));
    }

    private static String xml(SortedMap<String, LocalDate> entries) {
        Element urlset = new Element("urlset", NAMESPACE);
        entries.forEach((loc, lastmod) -> {
            Element url = new Element("url", NAMESPACE);
            url.addContent(new Element("loc", NAMESPACE).setText(loc));
            if (lastmod != null) {
                url.addContent(new Element("lastmod", NAMESPACE).setText(lastmod.toString()));
            }
            urlset.addContent(url);
        });
        return XmlOutput.write(new Document(urlset));
    }

    /** Page URLs that are not public, whatever their {@code noindex} says. */
    private static Predicate<String> hiddenUrls(Site site) {
        List<String> contents = site.contents().stream()
                .filter(content -> !Publication.isPublic(content)).map(Content::url).toList();
        // A tag that only drafts carry has pages under --drafts alone, the first one and its pagination.
        List<String> tagPages = site.tags().entrySet().stream()
                .filter(tag -> Publication.of(tag.getValue()).isEmpty()).map(tag -> tag.getKey().url()).toList();
        return url -> contents.contains(url) || tagPages.stream()
                .anyMatch(tag -> url.equals(tag) || url.startsWith(tag.endsWith("/") ? tag : tag + "/"));
    }

    private static Map<String, LocalDate> lastModified(Site site, LastUpdate lastUpdate) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (Content content : site.contents()) {
            ZonedDateTime published = content instanceof Post post ? post.date() : null;
            lastUpdate.of(content).or(() -> Optional.ofNullable(published))
                    .ifPresent(changed -> dates.put(content.url(), changed.toLocalDate()));
        }
        return dates;
    }
}
