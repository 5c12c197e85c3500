package dev.quire.plugin.arxiv.metadata;

import dev.quire.plugin.arxiv.ArxivId;
import dev.quire.plugin.arxiv.ArxivSettings;
import dev.quire.plugin.arxiv.http.FetchException;
import dev.quire.plugin.arxiv.http.HttpFetcher;
import dev.quire.plugin.arxiv.http.Pacer;
import dev.quire.plugin.arxiv.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where paper metadata comes from over the network: arXiv, and Hugging Face when enabled.
 * Failures are collected per id, never thrown: the build goes on without what could not be had.
 */
public final class MetadataSource {

    /** arXiv's terms: no more than one request every three seconds. */
    public static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);
    /** Hugging Face states no limit; one request a second stays polite. */
    public static final Duration HUGGING_FACE_INTERVAL = Duration.ofSeconds(1);
    /** A batch of 200 entries is far below this; anything larger is not an answer to our question. */
    public static final long MAX_RESPONSE_BYTES = 8L * 1024 * 1024;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(3);

    /**
     * What a fetch gave.
     *
     * @param found             complete metadata by canonical id, stamped with the time it was fetched
     * @param failed            why there is no metadata, by canonical id
     * @param huggingFaceFailed why Hugging Face could not add to a paper that arXiv did describe
     */
    public record Fetched(Map<String, PaperMetadata> found, Map<String, String> failed,
            Map<String, String> huggingFaceFailed) {
    }

    private final ArxivClient arxiv;
    private final HuggingFaceClient huggingFace;
    private final Clock clock;
    /** Why Hugging Face could not be reached, once it could not; it is not asked again by this source. */
    private volatile String huggingFaceUnreachable;

    /** @param huggingFace {@code null} when Hugging Face is not to be asked */
    public MetadataSource(ArxivClient arxiv, HuggingFaceClient huggingFace, Clock clock) {
        this.arxiv = arxiv;
        this.huggingFace = huggingFace;
        this.clock = clock;
    }

    /** The sources {@code settings} name, identifying themselves as {@code userAgent}. */
    public static MetadataSource create(ArxivSettings settings, String userAgent, Clock clock, Sleeper sleeper) {
        HttpFetcher.Policy policy = new HttpFetcher.Policy(settings.timeout(), settings.attempts(), FIRST_BACKOFF,
                MAX_RESPONSE_BYTES);
        ArxivClient arxiv = new ArxivClient(settings.api(), settings.batchSize(),
                new HttpFetcher(userAgent, policy, new Pacer(ARXIV_INTERVAL, clock, sleeper), sleeper));
        HuggingFaceClient huggingFace = settings.huggingface().enabled()
                ? new HuggingFaceClient(settings.huggingFaceApi(),
                        new HttpFetcher(userAgent, policy, new Pacer(HUGGING_FACE_INTERVAL, clock, sleeper), sleeper))
                : null;
        return new MetadataSource(arxiv, huggingFace, clock);
    }

    /**
     * Fetches {@code ids} from arXiv (and Hugging Face). What Hugging Face said earlier about a
     * paper is kept when it is not asked this time.
     *
     * @param earlier the cached metadata of these ids, if any
     */
    public Fetched fetch(List<String> ids, Map<String, PaperMetadata> earlier) {
        ArxivClient.Result result = arxiv.fetch(ids);
        Map<String, PaperMetadata> found = new LinkedHashMap<>();
        Map<String, String> huggingFaceFailed = new LinkedHashMap<>();
        Instant now = now();
        result.found().forEach((id, paper) -> {
            PaperMetadata complete = huggingFace == null ? paper : withHuggingFace(paper, huggingFaceFailed);
            found.put(id, complete.keepingHuggingFaceOf(earlier.get(id)).fetchedAt(now));
        });
        return new Fetched(found, result.failed(), huggingFaceFailed);
    }

    /** Adds what Hugging Face says to papers already described by arXiv (when it is enabled). */
    public Fetched addHuggingFace(List<PaperMetadata> papers) {
        Map<String, PaperMetadata> found = new LinkedHashMap<>();
        Map<String, String> huggingFaceFailed = new LinkedHashMap<>();
        if (huggingFace != null) {
            for (PaperMetadata paper : papers) {
                PaperMetadata complete = withHuggingFace(paper, huggingFaceFailed);
                if (complete != paper) {
                    found.put(paper.id(), complete);
                }
            }
        }
        return new Fetched(found, Map.of(), huggingFaceFailed);
    }

    /** True when Hugging Face should be asked about a paper: it is on and has not been asked yet. */
    public boolean wantsHuggingFace(PaperMetadata paper) {
        return huggingFace != null && paper.huggingFace() == null && isOnHuggingFace(paper.id());
    }

    private PaperMetadata withHuggingFace(PaperMetadata paper, Map<String, String> failures) {
        if (!isOnHuggingFace(paper.id())) {
            return paper;
        }
        if (huggingFaceUnreachable != null) {
            failures.put(paper.id(), huggingFaceUnreachable);
            return paper;
        }
        try {
            HuggingFaceClient.Info info = huggingFace.fetch(paper.id());
            return paper.withHuggingFace(info);
        } catch (FetchException e) {
            failures.put(paper.id(), e.getMessage());
            if (e.unreachable()) {
                // The other papers would wait and fail the same way: not asked in this run.
                huggingFaceUnreachable = e.getMessage();
            }
            return paper;
        }
    }

    /** Hugging Face indexes papers of arXiv's current scheme only. */
    private static boolean isOnHuggingFace(String id) {
        return ArxivId.parse(id).map(ArxivId::isNewScheme).orElse(false);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
