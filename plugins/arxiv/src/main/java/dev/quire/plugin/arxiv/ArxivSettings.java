package dev.quire.plugin.arxiv;

import dev.quire.settings.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code arxiv:} section of {@code quire.yml}. Every key is optional.
 *
 * <pre>
 * arxiv:
 *   api-url: http://export.arxiv.org/api/query   # a mirror or a proxy may stand here
 *   cache: papers.json                            # inside the site folder; commit it
 *   batch-size: 50                                # ids per request
 *   timeout-seconds: 30                           # per request, connecting to last byte
 *   attempts: 4                                   # tries per request on 5xx, 429, network errors
 *   index: true                                   # write the papers index at /papers/ and a page per paper
 *   index-title: Papers                           # its title
 *   papers-per-page: 50                           # papers on each page of the index
 *   huggingface:
 *     enabled: false                              # also ask Hugging Face: upvotes, code, stars, …
 *     api-url: https://huggingface.co/api/papers
 * </pre>
 *
 * <p>Hugging Face sits under {@code arxiv:} because it only ever adds to arXiv papers: this plugin is
 * the one that asks it, so one plugin owns one section.
 */
@Setting("Paper links: the arXiv ids that posts link to (arxiv.org, Hugging Face papers, alphaxiv, `arXiv:ID` in "
        + "text) are looked up, kept in `papers.json`, and shown as tooltips, link rows, paper cards, a papers index "
        + "and BibTeX files.")
public record ArxivSettings(
        @Setting("The arXiv API to ask for metadata; a mirror or a proxy may stand here.")
        String apiUrl,
        @Setting("The file that keeps the metadata of every paper the site names, inside the site folder. Commit "
                + "it: builds then work offline and give the same pages every time.")
        String cache,
        @Setting("How many ids one request asks for; 1 to 200.")
        Integer batchSize,
        @Setting("How long one request may take, from connecting to the last byte; 1 to 600.")
        Integer timeoutSeconds,
        @Setting("How often a request is tried when arXiv answers 5xx or 429, or the network fails; 1 to 10.")
        Integer attempts,
        @Setting("Whether to write the papers index at `/papers/` (every paper once, with the posts that name it, in "
                + "pages; sorted lists and a list per arXiv category beside it) and a page per paper at `/papers/ID/`.")
        Boolean index,
        @Setting(value = "The title of the papers index.", defaultValue = "the theme's word for papers in the site's "
                + "`language` (`Papers`, `논문`, `論文`, …)")
        String indexTitle,
        @Setting("How many papers each page of the papers index lists; 1 to 1000.")
        Integer papersPerPage,
        @Setting("Hugging Face's papers API, which adds upvotes, code and its stars, project pages, a summary "
                + "and keywords, and counts of models, datasets and Spaces to arXiv papers.")
        HuggingFace huggingface) {

    public static final String DEFAULT_API_URL = "http://export.arxiv.org/api/query";
    public static final String DEFAULT_HUGGING_FACE_API_URL = "https://huggingface.co/api/papers";

    /** The {@code arxiv.huggingface:} section. */
    public record HuggingFace(
            @Setting("Whether to ask Hugging Face at all.")
            Boolean enabled,
            @Setting("The papers API; a paper is `API/ID`.")
            String apiUrl) {
        public HuggingFace {
            enabled = Objects.requireNonNullElse(enabled, false);
            apiUrl = Objects.requireNonNullElse(apiUrl, DEFAULT_HUGGING_FACE_API_URL);
        }
    }

    public ArxivSettings {
        apiUrl = Objects.requireNonNullElse(apiUrl, DEFAULT_API_URL);
        cache = Objects.requireNonNullElse(cache, "papers.json");
        batchSize = Objects.requireNonNullElse(batchSize, 50);
        timeoutSeconds = Objects.requireNonNullElse(timeoutSeconds, 30);
        attempts = Objects.requireNonNullElse(attempts, 4);
        index = Objects.requireNonNullElse(index, true);
        papersPerPage = Objects.requireNonNullElse(papersPerPage, 50);
        huggingface = Objects.requireNonNullElse(huggingface, new HuggingFace(null, null));
    }

    /** Settings with every default, as for a {@code quire.yml} without an {@code arxiv:} section. */
    public static ArxivSettings defaults() {
        return new ArxivSettings(null, null, null, null, null, null, null, null, null);
    }

    /** What is wrong with these settings, one sentence each; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkUrl("arxiv.api-url", apiUrl, problems);
        checkUrl("arxiv.huggingface.api-url", huggingface.apiUrl(), problems);
        checkRange("arxiv.batch-size", batchSize, 1, 200, problems);
        checkRange("arxiv.timeout-seconds", timeoutSeconds, 1, 600, problems);
        checkRange("arxiv.attempts", attempts, 1, 10, problems);
        checkRange("arxiv.papers-per-page", papersPerPage, 1, 1000, problems);
        if (cache.isBlank() || cache.startsWith("/") || cache.contains("..") || cache.contains("\\")) {
            problems.add("'arxiv.cache' must be a file inside the site folder, like papers.json (got '" + cache + "')");
        }
        return problems;
    }

    public URI api() {
        return URI.create(apiUrl);
    }

    public URI huggingFaceApi() {
        return URI.create(huggingface.apiUrl());
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    private static void checkUrl(String key, String value, List<String> problems) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            problems.add("'" + key + "' must be an http or https URL (got '" + value + "')");
        }
    }

    private static void checkRange(String key, int value, int min, int max, List<String> problems) {
        if (value < min || value > max) {
            problems.add("'" + key + "' must be between " + min + " and " + max + " (got " + value + ")");
        }
    }
}
