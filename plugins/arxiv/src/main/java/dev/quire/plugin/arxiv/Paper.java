package dev.quire.plugin.arxiv;

import dev.quire.plugin.arxiv.metadata.HubSignals;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A paper as templates see it: {@code post.data.papers} is a list of these, in the order the post
 * first names them. Text is the metadata as fetched, not escaped: templates escape it (Pebble does
 * by default), or use {@link #titleHtml()} and {@link #summaryHtml()}, which are escaped already
 * and keep TeX ({@code $...$}) as math spans for the theme to typeset.
 *
 * @param id              the canonical arXiv id, e.g. {@code 2511.21541} or {@code hep-th/9901001}
 * @param version         the latest version, or null when unknown
 * @param title           the title, on one line
 * @param authors         every author, in order
 * @param summary         the abstract, on one line
 * @param published       when version 1 appeared (UTC)
 * @param updated         when the latest version appeared (UTC)
 * @param primaryCategory e.g. {@code cs.CV}
 * @param categories      every category, primary first as arXiv lists them
 * @param comment         the authors' comment (pages, venue), or null
 * @param journalRef      the journal reference, or null
 * @param doi             the DOI, or null
 * @param absUrl          the arXiv abstract page
 * @param pdfUrl          the PDF on arXiv
 * @param hfUrl           the Hugging Face page, or null when it has none (or it is not known)
 * @param codeUrl         the code repository, or null
 * @param projectUrl      the project page, or null
 * @param upvotes         Hugging Face upvotes, or null
 * @param bibUrl          this site's BibTeX file for the paper
 * @param pageUrl         this site's page about the paper, or null when the site has none
 * @param titleHtml       the title as HTML: escaped, with {@code $...$} as math spans and TeX's {@code ~} as
 *                        no-break spaces
 * @param summaryHtml     the abstract as HTML, the same way; empty when there is none
 * @param hub             what else Hugging Face says: code stars, its summary and keywords, how many
 *                        models, datasets and Spaces name the paper ({@link HubSignals#NONE} when nothing)
 */
public record Paper(
        String id,
        Integer version,
        String title,
        List<String> authors,
        String summary,
        OffsetDateTime published,
        OffsetDateTime updated,
        String primaryCategory,
        List<String> categories,
        String comment,
        String journalRef,
        String doi,
        String absUrl,
        String pdfUrl,
        String hfUrl,
        String codeUrl,
        String projectUrl,
        Integer upvotes,
        String bibUrl,
        String pageUrl,
        String titleHtml,
        String summaryHtml,
        HubSignals hub) implements Serializable {

    /** How many authors a card names before "et al.". */
    public static final int SHOWN_AUTHORS = 3;

    public Paper {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        hub = hub == null ? HubSignals.NONE : hub;
    }

    /**
     * A paper with its title and abstract as HTML made from the text: once per paper, not on every
     * page that shows it (the papers index shows every paper of the site).
     */
    public Paper(String id, Integer version, String title, List<String> authors, String summary,
            OffsetDateTime published, OffsetDateTime updated, String primaryCategory, List<String> categories,
            String comment, String journalRef, String doi, String absUrl, String pdfUrl, String hfUrl, String codeUrl,
            String projectUrl, Integer upvotes, String bibUrl, String pageUrl, HubSignals hub) {
        this(id, version, title, authors, summary, published, updated, primaryCategory, categories, comment, journalRef,
                doi, absUrl, pdfUrl, hfUrl, codeUrl, projectUrl, upvotes, bibUrl, pageUrl, TexText.toHtml(title),
                summary == null ? "" : TexText.toHtml(summary), hub);
    }

    /** Like the constructor above, for a paper Hugging Face said nothing more about. */
    public Paper(String id, Integer version, String title, List<String> authors, String summary,
            OffsetDateTime published, OffsetDateTime updated, String primaryCategory, List<String> categories,
            String comment, String journalRef, String doi, String absUrl, String pdfUrl, String hfUrl, String codeUrl,
            String projectUrl, Integer upvotes, String bibUrl, String pageUrl) {
        this(id, version, title, authors, summary, published, updated, primaryCategory, categories, comment, journalRef,
                doi, absUrl, pdfUrl, hfUrl, codeUrl, projectUrl, upvotes, bibUrl, pageUrl, HubSignals.NONE);
    }

    /** The first {@value #SHOWN_AUTHORS} authors. */
    public List<String> firstAuthors() {
        return authors.subList(0, Math.min(SHOWN_AUTHORS, authors.size()));
    }

    /** True when there are more authors than {@link #firstAuthors()}. */
    public boolean hasMoreAuthors() {
        return authors.size() > SHOWN_AUTHORS;
    }

    /** The day version 1 appeared, for {@code <time datetime>}; null when unknown. */
    public LocalDate publishedDay() {
        return published == null ? null : published.toLocalDate();
    }

    /** The DOI as a link, or null. */
    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** The paper's name in citations: {@code arXiv:2511.21541}. */
    public String citation() {
        return "arXiv:" + id;
    }
}
