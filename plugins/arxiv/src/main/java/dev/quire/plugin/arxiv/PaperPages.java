package dev.quire.plugin.arxiv;

import dev.quire.model.PlainText;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.arxiv.render.JsonLd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page per paper at {@code /papers/ID/} (the theme's {@code paper} template): what the paper is,
 * its links and BibTeX, and every listed post that discusses it, linked at the section that does.
 * A paper that only unlisted posts name still has its page, for their cards to link to, but
 * search engines are asked to leave it out, as they are for those posts.
 */
final class PaperPages {

    /** About as long as search engines show a description. */
    private static final int DESCRIPTION_LENGTH = 160;

    private final Site site;
    private final PaperIndex index;

    PaperPages(Site site, PaperIndex index) {
        this.site = site;
        this.index = index;
    }

    /**
     * Renders the page of {@code paper}.
     *
     * @param discussions the listed posts, newest first, then the pages that discuss it
     * @param bibtex      its BibTeX entry
     */
    void write(Paper paper, List<Discussion> discussions, String bibtex, Output output) {
        String url = paper.pageUrl();
        String jsonLdUrl = site.settings().url() == null ? url : site.absoluteUrl(url);
        String jsonLd = JsonLd.paperPage(paper, jsonLdUrl);
        List<PaperListLink> categories = new ArrayList<>();
        for (String category : paper.categories()) {
            categories.add(new PaperListLink(category, index.categoryUrl(category), index.categoryCount(category), false));
        }
        PageInfo info = new PageInfo("paper", paper.title(), description(paper.summary()), url, null,
                discussions.isEmpty(), List.of(jsonLd));
        output.page(site.settings().outputFile(Papers.permalink(site, Papers.fileName(paper.id()))), "paper", info,
                Map.of("paper", paper, "discussions", discussions, "bibtex", bibtex, "categories", List.copyOf(categories)));
    }

    /** The start of the abstract, cut at a word, for search results; null without an abstract. */
    static String description(String summary) {
        return summary == null || summary.isBlank() ? null : PlainText.shortened(summary, DESCRIPTION_LENGTH);
    }
}
