package dev.quire.plugin.feeds;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.PageInfo;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * {@code sitemap.xml}: every page the build rendered that search engines may index, i.e. not
 * {@code noindex} (unlisted posts, 404), not a draft and not a tag page of drafts only, sorted by URL. Posts carry a
 * {@code lastmod} from their date (or stated last update), pages from their stated last update.
 */
final class Sitemap {

    static final String FILE = "sitemap.xml";
    private static final Namespace NAMESPACE = Namespace.getNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");

    private Sitemap() {
    }

    /**
     * @param pages the rendered pages by output path, as {@link dev.quire.plugin.Output#pages()} lists them
     */
    static String write(Site site, Map<String, PageInfo> pages, LastUpdate lastUpdate) {
        Set<String> hidden = new HashSet<>();
        Map<String, LocalDate> lastModified = new HashMap<>();
        for (Content content : site.contents()) {
            if (!Publication.isPublic(content)) {
                hidden.add(content.url());
            }
            ZonedDateTime published = content instanceof Post post ? post.date() : null;
            lastUpdate.of(content).or(() -> Optional.ofNullable(published))
                    .ifPresent(changed -> lastModified.put(content.url(), changed.toLocalDate()));
        }
        // A tag whose posts are all drafts has pages only under --drafts; they go the drafts' way.
        List<String> hiddenTags = site.tags().entrySet().stream()
                .filter(tag -> Publication.of(tag.getValue()).isEmpty()).map(tag -> tag.getKey().url()).toList();
        SitePaths paths = new SitePaths(site);
        Map<String, LocalDate> entries = new TreeMap<>();
        for (PageInfo page : pages.values()) {
            if (!page.noindex() && !hidden.contains(page.url()) && hiddenTags.stream().noneMatch(page.url()::startsWith)) {
                entries.put(paths.absolute(page.url()), lastModified.get(page.url()));
            }
        }
        Element urlset = new Element("urlset", NAMESPACE);
        entries.forEach((loc, lastmod) -> {
            Element url = new Element("url", NAMESPACE);
            url.addContent(new Element("loc", NAMESPACE).setText(XmlText.clean(loc)));
            if (lastmod != null) {
                url.addContent(new Element("lastmod", NAMESPACE).setText(lastmod.toString()));
            }
            urlset.addContent(url);
        });
        return XmlOutput.write(new Document(urlset));
    }
}
