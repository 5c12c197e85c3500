/**
 * The arXiv plugin: paper links become enriched, offline-reproducible paper references.
 *
 * <p>This package is what other code may use: the plugin ({@link dev.quire.plugin.arxiv.ArxivPlugin})
 * and its settings; the {@link dev.quire.plugin.arxiv.PaperLibrary} and
 * {@link dev.quire.plugin.arxiv.SiteCitations} behind {@code quire papers}; and the data templates
 * see ({@link dev.quire.plugin.arxiv.Paper}, {@link dev.quire.plugin.arxiv.PaperEntry}, and on the
 * papers index and each paper's page {@link dev.quire.plugin.arxiv.DiscussedPaper},
 * {@link dev.quire.plugin.arxiv.Discussion}, {@link dev.quire.plugin.arxiv.PaperListLink}). The
 * sub-packages are its parts: {@code detect} (finding ids in Markdown), {@code http} (polite
 * requests), {@code metadata} (arXiv, Hugging Face, {@code papers.json}) and {@code render}
 * (links, BibTeX, JSON-LD).
 */
package dev.quire.plugin.arxiv;
