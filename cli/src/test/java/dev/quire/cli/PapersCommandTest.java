package dev.quire.cli;

import static dev.quire.cli.InProcessCli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.quire.cli.InProcessCli.Result;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire papers} against a local stand-in for the arXiv API. */
class PapersCommandTest {

    /** The current arXiv format, for two papers. */
    private static final String FEED = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/abs/2511.19757v1</id>
                <title>What does it mean to understand language?</title>
                <updated>2025-11-24T22:21:55Z</updated>
                <summary>Language understanding entails not just extracting the surface-level meaning.</summary>
                <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
                <published>2025-11-24T22:21:55Z</published>
                <arxiv:primary_category term="cs.CL"/>
                <author><name>Colton Casto</name></author>
              </entry>
              <entry>
                <id>http://arxiv.org/abs/2511.21541v1</id>
                <title>Video Generation Models Are Good Latent Reward Models</title>
                <updated>2025-11-26T16:14:00Z</updated>
                <summary>Reward feedback learning (ReFL) has proven effective.</summary>
                <category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
                <published>2025-11-26T16:14:00Z</published>
                <arxiv:primary_category term="cs.CV"/>
                <author><name>Xiaoyue Mi</name></author>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private HttpServer arxiv;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private TestSite site;

    @BeforeEach
    void start() throws IOException {
        arxiv = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        arxiv.createContext("/api/query", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        arxiv.start();
        site = TestSite.in(dir)
                .config(TestSite.DEFAULT_CONFIG + "arxiv:\n  api-url: http://127.0.0.1:" + arxiv.getAddress().getPort()
                        + "/api/query\n  attempts: 1\n")
                .post("blog/2025-11-28-review.md", """
                        # Review

                        ## [Video generation](https://huggingface.co/papers/2511.21541)

                        And [language](https://arxiv.org/abs/2511.19757v1).
                        """);
    }

    @AfterEach
    void stop() {
        arxiv.stop(0);
    }

    @Test
    void fetchFillsPapersJsonOnceAndThenHasNothingToDo() throws IOException {
        Result first = cli("papers", "fetch", site.root().toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("Fetched 2 papers into papers.json.\n");
        assertThat(queries).containsExactly("id_list=2511.19757,2511.21541&max_results=2");
        assertThat(Files.readString(site.root().resolve("papers.json")))
                .contains("\"id\": \"2511.19757\"", "\"id\": \"2511.21541\"");

        Result second = cli("papers", "fetch", site.root().toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo("Nothing to fetch: papers.json has every paper the site names (2).\n");
        assertThat(queries).hasSize(1);
    }

    @Test
    void fetchWarnsAboutEachPaperItCouldNotHaveAndExitsWithOne() {
        arxiv.stop(0);
        Result run = cli("papers", "fetch", site.root().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("blog/2025-11-28-review.md:3: warning: arXiv:2511.21541 has no metadata (network error",
                "blog/2025-11-28-review.md:5: warning: arXiv:2511.19757 has no metadata")
                .containsPattern("quire: 2 papers the site names are still missing from papers.json \\(network error[^)]*\\): "
                        + "2511.19757, 2511.21541");
        assertThat(run.out()).as("nothing claims papers.json is complete").doesNotContain("Nothing to fetch");
        assertThat(site.root().resolve("papers.json")).doesNotExist();
    }

    @Test
    void refreshFetchesOnlyEntriesOlderThanAsked() throws IOException {
        site.file("papers.json", """
                {
                  "format": 1,
                  "papers": [
                    {"id": "2511.19757", "title": "Old title", "fetched": "2000-01-01T00:00:00Z"},
                    {"id": "2511.21541", "title": "Video Generation Models Are Good Latent Reward Models",
                     "fetched": "2999-01-01T00:00:00Z"}
                  ]
                }
                """);
        Result run = cli("papers", "refresh", site.root().toString(), "--older-than", "30d");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Fetched 1 paper into papers.json.\n");
        assertThat(queries).containsExactly("id_list=2511.19757&max_results=1");
        assertThat(Files.readString(site.root().resolve("papers.json")))
                .contains("What does it mean to understand language?").doesNotContain("Old title");
    }

    @Test
    void refreshRefusesAnAgeItCannotRead() {
        Result run = cli("papers", "refresh", site.root().toString(), "--older-than", "a while");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'a while' is not an age like 30d, 12h, 2w or P30D");
    }

    @Test
    void listShowsWhatIsCachedMissingAndUnused() {
        site.file("papers.json", """
                {"papers": [
                  {"id": "2511.19757", "title": "What does it mean to understand language?", "authors": ["Colton Casto"],
                   "published": "2025-11-24T22:21:55Z", "primaryCategory": "cs.CL"},
                  {"id": "hep-th/9901001", "title": "Old, \\"quoted\\" paper"}
                ]}
                """);
        Result run = cli("papers", "list", site.root().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                id,status,published,category,title,firstAuthor,posts,fetched
                2511.19757,cached,2025-11-24,cs.CL,What does it mean to understand language?,Colton Casto,1,
                2511.21541,missing,,,,,1,
                hep-th/9901001,unused,,,"Old, ""quoted"" paper",,0,
                """);
        assertThat(queries).as("listing never uses the network").isEmpty();
    }

    @Test
    void aCorruptPapersJsonIsReportedWithItsLineAndLeftAlone() throws IOException {
        site.file("papers.json", "{\n  \"papers\": [\n    {\"id\": \"2511.19757\", \"title\": }\n  ]\n}\n");
        Result run = cli("papers", "fetch", site.root().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("papers.json:3: error: the paper cache is not valid: Unexpected character ('}'");
        assertThat(Files.readString(site.root().resolve("papers.json"))).contains("\"title\": }");
        assertThat(queries).isEmpty();
    }

    @Test
    void papersAloneAsksForACommand() {
        Result run = cli("papers");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("name a command: fetch, refresh or list");
    }
}
