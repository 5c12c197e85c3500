package dev.quire.plugin.arxiv.metadata;

import static dev.quire.plugin.arxiv.http.LocalServer.json;
import static dev.quire.plugin.arxiv.http.LocalServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.plugin.arxiv.http.FakeTime;
import dev.quire.plugin.arxiv.http.FetchException;
import dev.quire.plugin.arxiv.http.HttpFetcher;
import dev.quire.plugin.arxiv.http.LocalServer;
import dev.quire.plugin.arxiv.http.Pacer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HuggingFaceClientTest {

    private final FakeTime time = FakeTime.startingAt("2025-11-28T06:00:00Z");
    private LocalServer server;
    private HuggingFaceClient client;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer(time);
        HttpFetcher.Policy policy = new HttpFetcher.Policy(Duration.ofSeconds(10), 2, Duration.ofSeconds(3), 1024 * 1024);
        client = new HuggingFaceClient(server.url("/api/papers"),
                new HttpFetcher("Quire/test", policy, new Pacer(MetadataSource.HUGGING_FACE_INTERVAL, time, time), time));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsUpvotesCodeAndProjectPage() throws Exception {
        server.then(json(200, """
                {"id": "2511.20937", "title": "ENACT", "upvotes": 21,
                 "githubRepo": "https://github.com/mll-lab-nu/ENACT",
                 "projectPage": "https://enact-embodied-cognition.github.io/"}
                """));
        assertThat(client.fetch("2511.20937")).isEqualTo(new HuggingFaceClient.Info(true, 21,
                "https://github.com/mll-lab-nu/ENACT", "https://enact-embodied-cognition.github.io/", HubSignals.NONE));
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.uri().getPath()).isEqualTo("/api/papers/2511.20937");
            assertThat(r.accept()).isEqualTo("application/json");
        });
    }

    @Test
    void readsWhatElseItSaysAboutThePaper() throws Exception {
        server.then(json(200, """
                {"id": "2511.20937", "upvotes": 21, "githubRepo": "https://github.com/mll-lab-nu/ENACT",
                 "githubStars": 1234, "ai_summary": "  ENACT tests embodied\\n cognition  by world modeling. ",
                 "ai_keywords": ["world modeling", "embodied cognition", "world modeling", 7, null],
                 "numTotalModels": 3, "numTotalDatasets": 1, "numTotalSpaces": 0,
                 "thumbnail": "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2511.20937.png"}
                """));
        assertThat(client.fetch("2511.20937").hub()).isEqualTo(new HubSignals(1234,
                "ENACT tests embodied cognition by world modeling.", List.of("world modeling", "embodied cognition"),
                3, 1, 0, "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2511.20937.png"));
    }

    @Test
    void leavesOutSignalsOfTheWrongTypeOrOutOfBounds() throws Exception {
        server.then(json(200, """
                {"githubStars": "1234", "ai_summary": {"text": "x"}, "ai_keywords": "a, b",
                 "numTotalModels": -1, "numTotalDatasets": 1.5, "numTotalSpaces": 99999999999,
                 "thumbnail": "https://evil.example/huggingface.co/x.png"}
                """), json(200, """
                {"ai_summary": "%s", "ai_keywords": ["%s"], "thumbnail": "http://huggingface.co/x.png"}
                """.formatted("a".repeat(HubSignals.MAX_SUMMARY + 1), "k".repeat(HubSignals.MAX_KEYWORD + 1))),
                json(200, """
                {"thumbnail": "javascript:alert(1)//huggingface.co", "ai_summary": "bell\\u0007"}
                """));
        assertThat(client.fetch("2511.21541").hub()).isEqualTo(HubSignals.NONE);
        assertThat(client.fetch("2511.21541").hub()).as("too long, or not https").isEqualTo(HubSignals.NONE);
        assertThat(client.fetch("2511.21541").hub()).as("not a web address, a control character").isEqualTo(HubSignals.NONE);
    }

    @Test
    void keepsMarkupInTextAsTextForTheTemplatesToEscape() throws Exception {
        server.then(json(200, """
                {"ai_summary": "<script>alert(1)</script>", "ai_keywords": ["<img src=x onerror=alert(1)>"]}
                """));
        HubSignals hub = client.fetch("2511.21541").hub();
        assertThat(hub.aiSummary()).isEqualTo("<script>alert(1)</script>");
        assertThat(hub.aiKeywords()).containsExactly("<img src=x onerror=alert(1)>");
    }

    @Test
    void waitsOutARateLimitThenReads() throws Exception {
        server.then(LocalServer.withHeader("Retry-After", "5", status(429)), json(200, "{\"upvotes\": 4}"));
        assertThat(client.fetch("2511.21541").upvotes()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void refusesAnAnswerLargerThanTheCap() {
        server.then(LocalServer.endless(2L * 1024 * 1024));
        assertThatThrownBy(() -> client.fetch("2511.21541")).isInstanceOf(FetchException.class);
    }

    @Test
    void aMissingPageMeansHuggingFaceDoesNotListThePaper() throws Exception {
        server.then(json(404, "{\"error\": \"Not Found\"}"));
        assertThat(client.fetch("2511.99999")).isEqualTo(new HuggingFaceClient.Info(false, null, null, null, null));
    }

    @Test
    void dropsLinksThatAreNotWebAddressesAndNonsenseVotes() throws Exception {
        server.then(json(200, """
                {"upvotes": -3, "githubRepo": "javascript:alert(1)", "projectPage": "https://ok.example/ x"}
                """));
        assertThat(client.fetch("2511.21541")).isEqualTo(new HuggingFaceClient.Info(true, null, null, null, null));
    }

    @Test
    void reportsAnswersThatAreNotJsonObjects() {
        server.then(json(200, "{\"upvotes\": "), json(200, "[1, 2]"),
                LocalServer.body(200, "text/html", "<html>login</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> client.fetch("2511.21541")).isInstanceOf(FetchException.class)
                .hasMessageStartingWith("Hugging Face's answer is not JSON");
        assertThatThrownBy(() -> client.fetch("2511.21541")).isInstanceOf(FetchException.class)
                .hasMessage("Hugging Face's answer is not a JSON object");
        assertThatThrownBy(() -> client.fetch("2511.21541")).isInstanceOf(FetchException.class)
                .hasMessageContaining("HTML page");
    }

    @Test
    void retriesAndThenGivesUp() {
        server.then(status(502), status(502));
        assertThatThrownBy(() -> client.fetch("2511.21541")).isInstanceOf(FetchException.class)
                .hasMessage("HTTP 502 (tried 2 times)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }
}
