package dev.quire.plugin.arxiv.metadata;

import static dev.quire.plugin.arxiv.http.LocalServer.atom;
import static dev.quire.plugin.arxiv.http.LocalServer.body;
import static dev.quire.plugin.arxiv.http.LocalServer.status;
import static dev.quire.plugin.arxiv.http.LocalServer.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.arxiv.Fixtures;
import dev.quire.plugin.arxiv.http.FakeTime;
import dev.quire.plugin.arxiv.http.HttpFetcher;
import dev.quire.plugin.arxiv.http.LocalServer;
import dev.quire.plugin.arxiv.http.Pacer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real client, over real HTTP, against a local server serving recorded arXiv responses. */
class ArxivClientTest {

    private static final List<String> SEED = List.of("2511.19757", "2511.20937", "2511.21541");
    private static final String USER_AGENT = "Quire/test (arXiv paper metadata for +https://papers.example.org)";

    private final FakeTime time = FakeTime.startingAt("2025-11-28T06:00:00Z");
    private LocalServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer(time);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ArxivClient client(int batchSize, int attempts, Duration timeout) {
        HttpFetcher.Policy policy = new HttpFetcher.Policy(timeout, attempts, Duration.ofSeconds(3), 1024 * 1024);
        HttpFetcher http = new HttpFetcher(USER_AGENT, policy, new Pacer(MetadataSource.ARXIV_INTERVAL, time, time), time);
        return new ArxivClient(server.url("/api/query"), batchSize, http);
    }

    private ArxivClient client() {
        return client(50, 4, Duration.ofSeconds(10));
    }

    @Test
    void asksForManyIdsInOneRequestAndNamesItself() {
        server.then(atom(Fixtures.arxiv("batch-seed-papers.xml")));
        ArxivClient.Result result = client().fetch(SEED);
        assertThat(result.found()).containsOnlyKeys(SEED);
        assertThat(result.failed()).isEmpty();
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.uri().getPath()).isEqualTo("/api/query");
            assertThat(r.query("id_list")).isEqualTo("2511.19757,2511.20937,2511.21541");
            assertThat(r.query("max_results")).isEqualTo("3");
            assertThat(r.userAgent()).isEqualTo(USER_AGENT);
            assertThat(r.accept()).isEqualTo("application/atom+xml");
        });
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void splitsIntoBatchesAtLeastThreeSecondsApart() {
        server.then(atom(Fixtures.arxiv("batch-seed-papers.xml")), atom(Fixtures.arxiv("single-2511.21541.xml")));
        ArxivClient.Result result = client(2, 4, Duration.ofSeconds(10)).fetch(SEED);
        assertThat(result.found()).containsOnlyKeys(SEED);
        List<LocalServer.Request> requests = server.requests();
        assertThat(requests).extracting(r -> r.query("id_list"))
                .containsExactly("2511.19757,2511.20937", "2511.21541");
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void waitsOnlyWhatIsLeftOfTheIntervalWhenTheAnswerTookTime() {
        server.then(exchange -> {
            time.advance(Duration.ofSeconds(2));
            atom(Fixtures.arxiv("batch-seed-papers.xml")).send(exchange);
        }, atom(Fixtures.arxiv("single-2511.21541.xml")));
        client(2, 1, Duration.ofSeconds(10)).fetch(SEED);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retriesBusyAnswersWithGrowingWaits() {
        server.then(status(503), status(500), atom(Fixtures.arxiv("batch-seed-papers.xml")));
        ArxivClient.Result result = client().fetch(SEED);
        assertThat(result.found()).containsOnlyKeys(SEED);
        assertThat(server.requests()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
        List<LocalServer.Request> requests = server.requests();
        for (int i = 1; i < requests.size(); i++) {
            assertThat(Duration.between(requests.get(i - 1).at(), requests.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void honoursRetryAfterOnTooManyRequests() {
        server.then(withHeader("Retry-After", "20", status(429)), atom(Fixtures.arxiv("batch-seed-papers.xml")));
        assertThat(client().fetch(SEED).found()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void givesUpOnARetryAfterTooFarAway() {
        server.then(withHeader("Retry-After", "3600", status(503)));
        ArxivClient.Result result = client().fetch(SEED);
        assertThat(result.failed()).containsEntry("2511.21541", "HTTP 503 asking to retry after 3600 s");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void reportsEveryIdOfABatchWhenArxivStaysDown() {
        server.then(status(503), status(503), status(503), status(503));
        ArxivClient.Result result = client().fetch(SEED);
        assertThat(result.found()).isEmpty();
        assertThat(result.failed()).containsOnlyKeys(SEED).containsEntry("2511.19757", "HTTP 503 (tried 4 times)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(12));
    }

    @Test
    void doesNotRetryAClientError() {
        server.then(status(404));
        assertThat(client().fetch(SEED).failed()).containsEntry("2511.19757", "arXiv answered HTTP 404");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void retriesANetworkErrorAndReportsIt() {
        server.close();
        ArxivClient.Result result = client(50, 2, Duration.ofSeconds(5)).fetch(List.of("2511.21541"));
        assertThat(result.failed().get("2511.21541")).startsWith("network error: ConnectException").endsWith("(tried 2 times)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void stopsAskingOnceArxivCannotBeReached() {
        server.close();
        ArxivClient.Result result = client(1, 2, Duration.ofSeconds(5)).fetch(SEED);
        assertThat(result.failed()).containsOnlyKeys(SEED).allSatisfy((id, reason) ->
                assertThat(reason).startsWith("network error: ConnectException"));
        assertThat(time.sleeps()).as("one batch's retry; no pause or retry for the two other batches")
                .containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void goesOnWithTheNextBatchWhenArxivAnsweredBusy() {
        server.then(status(503), atom(Fixtures.arxiv("single-2511.21541.xml")));
        ArxivClient.Result result = client(2, 1, Duration.ofSeconds(10)).fetch(SEED);
        assertThat(result.found()).containsOnlyKeys("2511.21541");
        assertThat(result.failed()).containsOnlyKeys("2511.19757", "2511.20937");
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        server.then(server.silence(), server.silence());
        ArxivClient.Result result = client(50, 2, Duration.ofMillis(300)).fetch(List.of("2511.21541"));
        assertThat(result.failed()).containsEntry("2511.21541", "no answer within 300 ms (tried 2 times)");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void stopsReadingAnAnswerThatIsTooLarge() {
        server.then(LocalServer.endless(64L * 1024 * 1024));
        ArxivClient.Result result = client().fetch(List.of("2511.21541"));
        assertThat(result.failed().get("2511.21541")).isEqualTo("the answer is larger than 1024 KiB; refusing to read it");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void reportsAnHtmlPageInsteadOfAtom() {
        server.then(body(200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body>Rate exceeded.</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(client().fetch(List.of("2511.21541")).failed().get("2511.21541"))
                .isEqualTo("arXiv answered with an HTML page instead of Atom (is arxiv.api-url right?)");
    }

    @Test
    void reportsAMalformedAnswer() {
        server.then(atom("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>".getBytes(StandardCharsets.UTF_8)));
        assertThat(client().fetch(List.of("2511.21541")).failed().get("2511.21541"))
                .startsWith("arXiv's answer is not usable: not well-formed XML (line 1");
    }

    @Test
    void reportsAnEmptyResultAsUnknownIds() {
        server.then(atom(("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>arXiv Query</title>"
                + "<opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">0"
                + "</opensearch:totalResults></feed>").getBytes(StandardCharsets.UTF_8)));
        assertThat(client().fetch(List.of("2511.21541")).failed())
                .containsExactly(Map.entry("2511.21541", "arXiv does not know this id"));
    }

    @Test
    void reportsAnIdArxivDoesNotKnowAndKeepsTheOthers() {
        server.then(atom(Fixtures.arxiv("missing-id.xml")));
        ArxivClient.Result result = client().fetch(List.of("2511.19757", "2511.99999"));
        assertThat(result.found()).containsOnlyKeys("2511.19757");
        assertThat(result.failed()).containsExactly(Map.entry("2511.99999", "arXiv does not know this id"));
    }

    @Test
    void dropsAnIdArxivRefusesAndAsksAgainForTheRest() {
        byte[] refusal = new String(Fixtures.arxiv("error-bad-id.xml"), StandardCharsets.UTF_8)
                .replace("1234.123456", "0704.0001").getBytes(StandardCharsets.UTF_8);
        server.then(atom(refusal), atom(Fixtures.arxiv("single-2511.21541.xml")));
        ArxivClient.Result result = client().fetch(List.of("0704.0001", "2511.21541"));
        assertThat(result.found()).containsOnlyKeys("2511.21541");
        assertThat(result.failed()).containsExactly(Map.entry("0704.0001", "arXiv refused the id: incorrect id format for 0704.0001"));
        assertThat(server.requests()).extracting(r -> r.query("id_list")).containsExactly("0704.0001,2511.21541", "2511.21541");
    }

    @Test
    void reportsARefusalThatNamesNoIdForTheWholeBatch() {
        server.then(atom(Fixtures.arxiv("error-bad-id.xml")));
        assertThat(client().fetch(List.of("2511.21541")).failed())
                .containsExactly(Map.entry("2511.21541", "arXiv refused the request: incorrect id format for 1234.123456"));
    }
}
