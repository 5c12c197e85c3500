package dev.quire.plugin.arxiv.metadata;

import dev.quire.plugin.arxiv.http.FetchException;
import dev.quire.plugin.arxiv.http.HttpFetcher;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the arXiv API for many papers per request ({@code id_list}), in batches, and matches the
 * answer back to the ids asked for through each entry's {@code <id>}. What could not be had is
 * reported per id, with the reason; nothing here throws for a bad answer.
 */
public final class ArxivClient {

    /**
     * What a fetch gave.
     *
     * @param found  metadata by canonical id
     * @param failed why there is none, by canonical id, for every other id asked for
     */
    public record Result(Map<String, PaperMetadata> found, Map<String, String> failed) {
    }

    private final URI api;
    private final int batchSize;
    private final HttpFetcher http;

    public ArxivClient(URI api, int batchSize, HttpFetcher http) {
        this.api = api;
        this.batchSize = batchSize;
        this.http = http;
    }

    /** Fetches {@code ids} (canonical, without versions) in batches. */
    public Result fetch(List<String> ids) {
        Map<String, PaperMetadata> found = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += batchSize) {
            if (!batch(distinct.subList(from, Math.min(distinct.size(), from + batchSize)), found, failed)) {
                // Unreachable: the other batches would wait and fail the same way.
                String reason = failed.get(distinct.get(from));
                distinct.subList(from, distinct.size()).forEach(id -> failed.putIfAbsent(id, reason));
                break;
            }
        }
        return new Result(found, failed);
    }

    /** @return false when arXiv could not be reached, so that nothing more is asked of it */
    private boolean batch(List<String> ids, Map<String, PaperMetadata> found, Map<String, String> failed) {
        List<ArxivAtom.Entry> entries;
        try {
            entries = request(ids);
        } catch (FetchException e) {
            ids.forEach(id -> failed.put(id, e.getMessage()));
            return !e.unreachable();
        }
        List<String> unanswered = new ArrayList<>(ids);
        String refusal = null;
        for (ArxivAtom.Entry entry : entries) {
            if (entry instanceof ArxivAtom.Paper paper && unanswered.remove(paper.metadata().id())) {
                found.put(paper.metadata().id(), paper.metadata());
            } else if (entry instanceof ArxivAtom.Refused refused) {
                if (refused.id() != null && unanswered.remove(refused.id())) {
                    failed.put(refused.id(), "arXiv sent " + refused.message());
                } else {
                    refusal = refused.message();
                }
            }
        }
        if (refusal != null) {
            return refused(unanswered, refusal, found, failed);
        }
        unanswered.forEach(id -> failed.put(id, "arXiv does not know this id"));
        return true;
    }

    /**
     * arXiv refuses a whole request over one id it finds malformed, and names it ("incorrect id
     * format for X"): that id failed, and the others are asked for again without it.
     */
    private boolean refused(List<String> unanswered, String refusal, Map<String, PaperMetadata> found,
            Map<String, String> failed) {
        String culprit = unanswered.stream().filter(id -> refusal.endsWith(" " + id)).findFirst().orElse(null);
        if (culprit == null) {
            unanswered.forEach(id -> failed.put(id, "arXiv refused the request: " + refusal));
            return true;
        }
        failed.put(culprit, "arXiv refused the id: " + refusal);
        List<String> rest = unanswered.stream().filter(id -> !id.equals(culprit)).toList();
        return rest.isEmpty() || batch(rest, found, failed);
    }

    private List<ArxivAtom.Entry> request(List<String> ids) throws FetchException {
        URI uri = URI.create(api + (api.getRawQuery() == null ? "?" : "&")
                + "id_list=" + String.join(",", ids) + "&max_results=" + ids.size());
        HttpFetcher.Response response = http.get(uri, "application/atom+xml");
        if (!response.ok()) {
            throw new FetchException("arXiv answered HTTP " + response.status());
        }
        if (response.isHtml()) {
            throw new FetchException("arXiv answered with an HTML page instead of Atom (is arxiv.api-url right?)");
        }
        try {
            return ArxivAtom.read(response.body());
        } catch (ArxivAtom.Malformed e) {
            throw new FetchException("arXiv's answer is not usable: " + e.getMessage());
        }
    }
}
