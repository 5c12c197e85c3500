package dev.quire.plugin.arxiv;

import dev.quire.plugin.arxiv.render.BibTex;
import dev.quire.plugin.arxiv.render.CitationKeys;
import dev.quire.plugin.arxiv.render.JsonLd;
import java.io.Serializable;
import java.util.List;

/**
 * What a post or page that names papers gets from them: JSON-LD citations for its head, and the
 * text of the {@code references.bib} beside it.
 *
 * @param jsonLd     a {@code <script type="application/ld+json">} element
 * @param references the BibTeX entries of its papers, in the order it names them
 */
record PostPapers(String jsonLd, String references) implements Serializable {

    /**
     * What the two are made from, to key them by.
     *
     * @param type     the schema.org type of the page
     * @param url      the page's URL as JSON-LD names it
     * @param versions the {@link SitePapers#version} of each paper, in order
     */
    record Source(String type, String url, List<String> versions) implements Serializable {
    }

    static PostPapers of(String type, String url, List<Paper> papers, CitationKeys keys) {
        return new PostPapers(JsonLd.script(type, url, papers), BibTex.entries(papers, keys));
    }
}
