package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.arxiv.render.BibTex;
import dev.quire.plugin.arxiv.render.CitationKeys;
import java.util.Map;
import java.util.Objects;

/**
 * The files the plugin adds to a build: the papers index ({@code /papers/}, or {@code /papers} as the
 * site's {@code trailing-slash} says; the theme's {@code papers} template), {@code /papers/ID.bib}
 * for every paper, and {@code references.bib} under the URL of every post or page that names papers
 * ({@link PostPapers}).
 */
final class PaperFiles {

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
                entry -> output.write(outputPath(site, referencesPath(entry.getKey())), entry.getValue()));
    }

    private static void index(Site site, SitePapers papers, ArxivSettings settings, Output output, PluginContext context) {
        String permalink = Urls.join(site.settings().baseUrl(), Papers.INDEX_PATH);
        String file = site.settings().outputFile(permalink);
        String url = site.settings().link(permalink);
        if (output.exists(file)) {
            context.error(null, 0, "a page of the site is already published at " + url
                    + ", where the papers index goes; move that page, or set 'arxiv.index: false'");
            return;
        }
        PageInfo info = new PageInfo("papers", Objects.requireNonNullElse(settings.indexTitle(), ""),
                site.settings().description(), url, null, false);
        output.page(file, "papers", info, Map.of("papers", papers.index()));
    }

    /**
     * Where the BibTeX of a post's or page's papers is: under its permalink, e.g.
     * {@code /blog/2025/11/28/x/references.bib}, whether or not its URL ends with a slash.
     */
    static String referencesPath(Content content) {
        return Urls.join(content.permalink(), "references.bib");
    }

    /** The output file of a rooted path: {@code /base/blog/x/references.bib} → {@code blog/x/references.bib}. */
    private static String outputPath(Site site, String rootedPath) {
        String base = site.settings().baseUrl();
        return rootedPath.startsWith(base) ? rootedPath.substring(base.length()) : rootedPath.substring(1);
    }
}
