package dev.quire.plugin.arxiv.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.plugin.arxiv.http.FetchException;
import dev.quire.plugin.arxiv.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;

/**
 * Asks the Hugging Face papers API ({@code GET API/ID}) what it adds to a paper: upvotes, the code
 * repository, the project page. A 404 means Hugging Face has no page for the paper.
 */
public final class HuggingFaceClient {

    /**
     * What Hugging Face said about a paper.
     *
     * @param listed     whether it has a page for it
     * @param upvotes    its upvotes, or null
     * @param codeUrl    the code repository, or null
     * @param projectUrl the project page, or null
     */
    public record Info(boolean listed, Integer upvotes, String codeUrl, String projectUrl) {
        static final Info UNLISTED = new Info(false, null, null, null);
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String api;
    private final HttpFetcher http;

    public HuggingFaceClient(URI api, HttpFetcher http) {
        String text = api.toString();
        this.api = text.endsWith("/") ? text : text + "/";
        this.http = http;
    }

    /**
     * What Hugging Face knows about the paper {@code id} (canonical, new scheme).
     *
     * @throws FetchException when Hugging Face could not be asked or its answer is unreadable
     */
    public Info fetch(String id) throws FetchException {
        HttpFetcher.Response response = http.get(URI.create(api + id), "application/json");
        if (response.status() == 404) {
            return Info.UNLISTED;
        }
        if (!response.ok()) {
            throw new FetchException("Hugging Face answered HTTP " + response.status());
        }
        if (response.isHtml()) {
            throw new FetchException("Hugging Face answered with an HTML page instead of JSON (is arxiv.huggingface.api-url right?)");
        }
        JsonNode paper;
        try {
            paper = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new FetchException("Hugging Face's answer is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FetchException("Hugging Face's answer is unreadable: " + e.getMessage());
        }
        if (paper == null || !paper.isObject()) {
            throw new FetchException("Hugging Face's answer is not a JSON object");
        }
        JsonNode upvotes = paper.path("upvotes");
        Integer votes = upvotes.isIntegralNumber() && upvotes.canConvertToInt() && upvotes.intValue() >= 0
                ? upvotes.intValue() : null;
        return new Info(true, votes, SafeUrl.httpOrNull(paper.path("githubRepo").asText(null)),
                SafeUrl.httpOrNull(paper.path("projectPage").asText(null)));
    }
}
