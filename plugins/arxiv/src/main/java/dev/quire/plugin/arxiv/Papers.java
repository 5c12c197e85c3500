package dev.quire.plugin.arxiv;

import dev.quire.model.Site;
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
     */
    static Paper of(PaperMetadata m, boolean linkedOnHuggingFace, Site site) {
        boolean onHuggingFace = m.huggingFace() != null ? m.huggingFace()
                : linkedOnHuggingFace && ArxivId.parse(m.id()).map(ArxivId::isNewScheme).orElse(false);
        return new Paper(m.id(), m.version(), m.title(), m.authors(), m.summary(), m.published(), m.updated(),
                m.primaryCategory(), m.categories(), m.comment(), m.journalRef(), m.doi(),
                ARXIV + "abs/" + m.id(), ARXIV + "pdf/" + m.id(), onHuggingFace ? HUGGING_FACE + m.id() : null,
                m.codeUrl(), m.projectUrl(), m.upvotes(),
                site.url(INDEX_PATH + fileName(m.id()) + ".bib"), m.hub());
    }

    /** A name for files about the paper: old-scheme ids have a slash, which becomes an underscore. */
    static String fileName(String id) {
        return id.replace('/', '_');
    }
}
