package dev.quire.plugin.arxiv.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.plugin.arxiv.http.FetchException;
import dev.quire.plugin.arxiv.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the Hugging Face papers API ({@code GET API/ID}) what it adds to a paper: upvotes, the code
 * repository and its stars, the project page, a machine-written summary and keywords, how many
 * models, datasets and Spaces name the paper, and its thumbnail ({@link HubSignals}). A 404 means
 * Hugging Face has no page for the paper. Every field is optional, and one of the wrong type or out
 * of bounds is left out rather than failing the paper.
 */
public final class HuggingFaceClient {

    /**
     * What Hugging Face said about a paper.
     *
     * @param listed     whether it has a page for it
     * @param upvotes    its upvotes, or null
     * @param codeUrl    the code repository, or null
     * @param projectUrl the project page, or null
     * @param hub        what else it said
     */
    public record Info(boolean listed, Integer upvotes, String codeUrl, String projectUrl, HubSignals hub) {
        static final Info UNLISTED = new Info(false, null, null, null, HubSignals.NONE);

        public Info {
            upvotes = upvotes == null || upvotes < 0 ? null : upvotes;
            hub = hub == null ? HubSignals.NONE : hub;
        }
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
        HubSignals hub = new HubSignals(count(paper, "githubStars"), text(paper, "ai_summary"),
                texts(paper.path("ai_keywords")), count(paper, "numTotalModels"), count(paper, "numTotalDatasets"),
                count(paper, "numTotalSpaces"), text(paper, "thumbnail"));
        return new Info(true, count(paper, "upvotes"), SafeUrl.httpOrNull(text(paper, "githubRepo")),
                SafeUrl.httpOrNull(text(paper, "projectPage")), hub);
    }

    /** A whole number that fits an int, or null: a string, a fraction or an object is not a count. */
    private static Integer count(JsonNode paper, String field) {
        JsonNode value = paper.path(field);
        return value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    /** A JSON string, or null: a number or an object where text belongs is not text. */
    private static String text(JsonNode paper, String field) {
        JsonNode value = paper.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(element -> {
                if (element.isTextual()) {
                    texts.add(element.textValue());
                }
            });
        }
        return texts;
    }
}
