package dev.quire.plugin.arxiv.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is known about one paper, exactly as {@code papers.json} keeps it: arXiv's metadata,
 * optionally what Hugging Face adds, and when it was fetched. Text is as the source sent it
 * (whitespace normalised); it is escaped where it is printed, never here. Links and the DOI are
 * checked here, whoever wrote them (an API or a hand-edited cache): a link that is not a plain
 * http(s) address, or a DOI that is not one, is dropped.
 *
 * @param id              the canonical arXiv id, without version
 * @param version         the latest version arXiv reported
 * @param huggingFace     whether Hugging Face has a page for the paper; {@code null} when not asked
 * @param upvotes         Hugging Face upvotes when it was fetched
 * @param codeUrl         the code repository Hugging Face names (http or https only)
 * @param projectUrl      the project page Hugging Face names (http or https only)
 * @param hub             what else Hugging Face says about the paper; {@code null} when nothing
 * @param fetched         when the entry was fetched; {@code null} for entries written by hand
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "version", "title", "authors", "summary", "published", "updated", "primaryCategory",
    "categories", "comment", "journalRef", "doi", "huggingFace", "upvotes", "codeUrl", "projectUrl", "hub", "fetched"})
public record PaperMetadata(
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
        Boolean huggingFace,
        Integer upvotes,
        String codeUrl,
        String projectUrl,
        HubSignals hub,
        Instant fetched) implements Serializable {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>]+");

    public PaperMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        published = utc(published);
        updated = utc(updated);
        doi = doi != null && DOI.matcher(doi).matches() ? doi : null;
        codeUrl = SafeUrl.httpOrNull(codeUrl);
        projectUrl = SafeUrl.httpOrNull(projectUrl);
        hub = hub == null || hub.isEmpty() ? null : hub;
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The same metadata with what Hugging Face said (or that it has no page). */
    public PaperMetadata withHuggingFace(HuggingFaceClient.Info said) {
        return new PaperMetadata(id, version, title, authors, summary, published, updated, primaryCategory, categories,
                comment, journalRef, doi, said.listed(), said.upvotes(), said.codeUrl(), said.projectUrl(), said.hub(),
                fetched);
    }

    /** What Hugging Face said about the paper, as its client reports it; null when it was not asked. */
    private HuggingFaceClient.Info huggingFaceSaid() {
        return huggingFace == null ? null : new HuggingFaceClient.Info(huggingFace, upvotes, codeUrl, projectUrl, hub);
    }

    /** The same metadata, fetched at {@code time}. */
    public PaperMetadata fetchedAt(Instant time) {
        return new PaperMetadata(id, version, title, authors, summary, published, updated, primaryCategory, categories,
                comment, journalRef, doi, huggingFace, upvotes, codeUrl, projectUrl, hub, time);
    }

    /** Keeps what Hugging Face said earlier when a refresh from arXiv alone did not ask it again. */
    public PaperMetadata keepingHuggingFaceOf(PaperMetadata earlier) {
        if (huggingFace != null || earlier == null || earlier.huggingFace == null) {
            return this;
        }
        return withHuggingFace(earlier.huggingFaceSaid());
    }
}
