package dev.quire.plugin.arxiv;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.arxiv.render.BibTex;
import dev.quire.plugin.arxiv.render.CitationKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the plugin adds to a build: the papers index ({@code /papers/}, or {@code /papers} as the
 * site's {@code trailing-slash} says; {@link PaperIndex}) and a page per paper ({@code /papers/ID/};
 * {@link PaperPages}) unless {@code arxiv.index} is off, {@code /papers/ID.bib} for every paper, and
 * {@code references.bib} under the URL of every post or page that names papers ({@link PostPapers}).
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
        PaperPages pages = null;
        Map<String, List<Discussion>> discussions = new HashMap<>();
        Map<String, Post> newestPosts = new HashMap<>();
        if (settings.index()) {
            List<DiscussedPaper> discussed = discussed(papers);
            discussed.forEach(paper -> discussions.put(paper.paper().id(), paper.discussions()));
            papers.index().stream().filter(entry -> entry.newestPost() != null)
                    .forEach(entry -> newestPosts.put(entry.paper().id(), entry.newestPost()));
            PaperIndex index = new PaperIndex(site, settings, discussed);
            if (indexIsFree(site, index, output, context)) {
                index.write(output);
            }
            pages = new PaperPages(site, index);
        }
        // A file per paper and per post: thousands of small files, written on every core.
        CitationKeys keys = papers.keys();
        PaperPages paperPages = pages;
        papers.byId().values().parallelStream().forEach(paper -> {
            String bibtex = context.memo("bibtex", papers.version(paper), () -> BibTex.entry(paper, keys.of(paper.id())));
            output.write(Papers.INDEX_PATH + Papers.fileName(paper.id()) + ".bib", bibtex);
            if (paperPages != null) {
                paperPages.write(paper, discussions.getOrDefault(paper.id(), List.of()), newestPosts.get(paper.id()),
                        bibtex, output);
            }
        });
        references.entrySet().parallelStream().forEach(
                entry -> output.write(outputPath(site, referencesPath(entry.getKey())), entry.getValue()));
    }

    /**
     * The index with where each post discusses each paper: the anchor of a heading, which exists
     * once the posts are rendered.
     */
    private static List<DiscussedPaper> discussed(SitePapers papers) {
        return papers.index().stream().map(entry -> new DiscussedPaper(entry.paper(), entry.posts().stream()
                .map(content -> Discussion.of(content, papers.section(content, entry.paper()))).toList())).toList();
    }

    /** Reports a page of the site that stands where the index goes. */
    private static boolean indexIsFree(Site site, PaperIndex index, Output output, PluginContext context) {
        String file = site.settings().outputFile(index.base());
        if (output.exists(file)) {
            context.error(null, 0, "a page of the site is already published at " + site.settings().link(index.base())
                    + ", where the papers index goes; move that page, or set 'arxiv.index: false'");
            return false;
        }
        return true;
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
