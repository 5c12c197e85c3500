package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.arxiv.render.BibTex;
import dev.quire.plugin.arxiv.render.CitationKeys;
import java.util.Map;

/**
 * The files the plugin adds to a build: the papers index ({@code /papers/}, the theme's
 * {@code papers} template), {@code /papers/ID.bib} for every paper, and {@code references.bib}
 * beside every post or page that names papers ({@link PostPapers}).
 */
final class PaperFiles {

    private static final String INDEX_FILE = Papers.INDEX_PATH + "index.html";

    private PaperFiles() {
    }

    /**
     * Writes the files. Each BibTeX text is made once per version of what it shows in a session
     * ({@link PluginContext#memo}), and handing the output the very text it wrote last time costs
     * no comparison.
     *
     * @param references the text of each post's or page's {@code references.bib}
     */
    static void write(Site site, SitePapers papers, Map<Content, String> references, ArxivSettings settings,
            Output output, PluginContext context) {
        if (settings.index()) {
            index(site, papers, settings, output, context);
        }
        // A file per paper and per post: thousands of small files, written on every core.
        CitationKeys keys = papers.keys();
        papers.byId().values().parallelStream().forEach(paper -> output.write(
                Papers.INDEX_PATH + Papers.fileName(paper.id()) + ".bib",
                context.memo("bibtex", papers.version(paper), () -> BibTex.entry(paper, keys.of(paper.id())))));
        references.entrySet().parallelStream().forEach(
                entry -> output.write(folderOf(site, entry.getKey()) + "references.bib", entry.getValue()));
    }

    private static void index(Site site, SitePapers papers, ArxivSettings settings, Output output, PluginContext context) {
        if (output.exists(INDEX_FILE)) {
            context.error(null, 0, "a page of the site is already published at " + site.url(Papers.INDEX_PATH)
                    + ", where the papers index goes; move that page, or set 'arxiv.index: false'");
            return;
        }
        PageInfo info = new PageInfo("papers", settings.indexTitle(), site.settings().description(),
                site.url(Papers.INDEX_PATH), null, false);
        output.page(INDEX_FILE, "papers", info, Map.of("papers", papers.index()));
    }

    /** The output folder of a post or page: its URL without the base URL, e.g. {@code blog/2025/11/28/x/}. */
    private static String folderOf(Site site, Content content) {
        String base = site.settings().baseUrl();
        String url = content.url();
        return url.startsWith(base) ? url.substring(base.length()) : url.substring(1);
    }
}
