package dev.quire.plugin.arxiv;

import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;

/** Turns cached metadata into the {@link Paper}s templates see, with this site's URLs. */
final class Papers {

    static final String INDEX_PATH = "papers/";
    private static final String ARXIV = "https://arxiv.org/";
    private static final String HUGGING_FACE = "https://huggingface.co/papers/";

    private Papers() {
    }

    /**
     * @param linkedOnHuggingFace whether the site links the paper's Hugging Face page, which then
     *                            exists even when Hugging Face was not asked
     * @param pageUrl             the paper's page on this site ({@link #pageUrl}), or null without one
     */
    static Paper of(PaperMetadata m, boolean linkedOnHuggingFace, Site site, String pageUrl) {
        boolean onHuggingFace = m.huggingFace() != null ? m.huggingFace()
                : linkedOnHuggingFace && ArxivId.parse(m.id()).map(ArxivId::isNewScheme).orElse(false);
        return new Paper(m.id(), m.version(), m.title(), m.authors(), m.summary(), m.published(), m.updated(),
                m.primaryCategory(), m.categories(), m.comment(), m.journalRef(), m.doi(),
                ARXIV + "abs/" + m.id(), ARXIV + "pdf/" + m.id(), onHuggingFace ? HUGGING_FACE + m.id() : null,
                m.codeUrl(), m.projectUrl(), m.upvotes(),
                site.url(INDEX_PATH + fileName(m.id()) + ".bib"), pageUrl, m.hub());
    }

    /** A name for files about the paper: old-scheme ids have a slash, which becomes an underscore. */
    static String fileName(String id) {
        return id.replace('/', '_');
    }

    /** The permalink of a list or page under the papers index: {@code /base/papers/PATH}. */
    static String permalink(Site site, String... path) {
        String[] parts = new String[path.length + 2];
        parts[0] = site.settings().baseUrl();
        parts[1] = INDEX_PATH;
        System.arraycopy(path, 0, parts, 2, path.length);
        return Urls.join(parts);
    }

    /** Where pages link to the paper's page: {@code /papers/2511.21541/} (or without the slash). */
    static String pageUrl(Site site, String id) {
        return site.settings().link(permalink(site, fileName(id)));
    }
}
