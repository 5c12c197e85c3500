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
                "https://github.com/mll-lab-nu/ENACT", "https://enact-embodied-cognition.github.io/"));
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.uri().getPath()).isEqualTo("/api/papers/2511.20937");
            assertThat(r.accept()).isEqualTo("application/json");
        });
    }

    @Test
    void aMissingPageMeansHuggingFaceDoesNotListThePaper() throws Exception {
        server.then(json(404, "{\"error\": \"Not Found\"}"));
        assertThat(client.fetch("2511.99999")).isEqualTo(new HuggingFaceClient.Info(false, null, null, null));
    }

    @Test
    void dropsLinksThatAreNotWebAddressesAndNonsenseVotes() throws Exception {
        server.then(json(200, """
                {"upvotes": -3, "githubRepo": "javascript:alert(1)", "projectPage": "https://ok.example/ x"}
                """));
        assertThat(client.fetch("2511.21541")).isEqualTo(new HuggingFaceClient.Info(true, null, null, null));
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
