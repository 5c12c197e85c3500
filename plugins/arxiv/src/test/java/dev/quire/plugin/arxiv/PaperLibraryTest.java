package dev.quire.plugin.arxiv;

import static dev.quire.plugin.arxiv.http.LocalServer.atom;
import static dev.quire.plugin.arxiv.http.LocalServer.json;
import static dev.quire.plugin.arxiv.http.LocalServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.diagnostics.QuireException;
import dev.quire.model.Site;
import dev.quire.model.SiteSettings;
import dev.quire.plugin.arxiv.http.FakeTime;
import dev.quire.plugin.arxiv.http.LocalServer;
import dev.quire.plugin.arxiv.metadata.MetadataSource;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperLibraryTest {

    private static final List<String> SEED = List.of("2511.19757", "2511.20937", "2511.21541");

    @TempDir
    Path dir;

    private final FakeTime time = FakeTime.startingAt("2025-12-01T00:00:00Z");
    private LocalServer server;
    private Site site;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer(time);
        site = new Site(dir.toRealPath(), SiteSettings.defaults(), List.of(), List.of(), Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PaperLibrary library(boolean huggingFace) {
        ArxivSettings settings = new ArxivSettings(server.url("/api/query").toString(), null, null, null, 2, null, null, null,
                new ArxivSettings.HuggingFace(huggingFace, server.url("/api/papers").toString()));
        return PaperLibrary.open(site, settings, MetadataSource.create(settings, "Quire/test", time, time), time);
    }

    @Test
    void fetchesOnlyWhatIsMissingAndSavesTheCache() throws Exception {
        SeedPapers.cache(dir, SeedPapers.metadata().subList(0, 1));
        server.then(atom(Fixtures.arxiv("batch-seed-papers.xml")));
        PaperLibrary library = library(false);
        assertThat(library.missing(SEED)).containsExactly("2511.20937", "2511.21541");

        PaperLibrary.Update update = library.fetchMissing(SEED);
        assertThat(update.fetched()).containsExactly("2511.20937", "2511.21541");
        assertThat(update.complete()).isTrue();
        assertThat(server.requests()).singleElement().satisfies(r ->
                assertThat(r.query("id_list")).isEqualTo("2511.20937,2511.21541"));
        PaperCache saved = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        assertThat(saved.all()).extracting(PaperMetadata::id).containsExactlyElementsOf(SEED);
        assertThat(saved.get("2511.21541").orElseThrow().fetched()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(saved.get("2511.19757").orElseThrow().fetched()).isEqualTo(Instant.parse("2025-11-28T06:00:00Z"));

        assertThat(library.fetchMissing(SEED).fetched()).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void refreshesOnlyEntriesOlderThanAskedAndKeepsThoseThatFail() throws Exception {
        List<PaperMetadata> seed = SeedPapers.metadata();
        SeedPapers.cache(dir, List.of(seed.get(0).fetchedAt(Instant.parse("2025-10-01T00:00:00Z")),
                seed.get(1).fetchedAt(Instant.parse("2025-11-30T00:00:00Z")), seed.get(2).fetchedAt(null)));
        server.then(atom(Fixtures.arxiv("missing-id.xml")));
        PaperLibrary.Update update = library(false).refresh(SEED, Duration.ofDays(30));
        assertThat(server.requests()).singleElement().satisfies(r ->
                assertThat(r.query("id_list")).isEqualTo("2511.19757,2511.21541"));
        assertThat(update.fetched()).containsExactly("2511.19757");
        assertThat(update.failed()).isEmpty();
        assertThat(update.notRefreshed()).containsExactly(Map.entry("2511.21541", "arXiv does not know this id"));
        PaperCache saved = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        assertThat(saved.get("2511.19757").orElseThrow().fetched()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(saved.get("2511.21541").orElseThrow().title()).isEqualTo(seed.get(2).title());
    }

    @Test
    void refreshWithoutAnAgeFetchesEverythingAgain() {
        SeedPapers.cache(dir, SeedPapers.metadata());
        server.then(atom(Fixtures.arxiv("legacy-format-batch.xml")));
        PaperLibrary.Update update = library(false).refresh(List.of(), null);
        assertThat(update.fetched()).containsExactlyElementsOf(SEED);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void addsWhatHuggingFaceKnowsAndRemembersItsAnswer() throws Exception {
        server.then(atom(Fixtures.arxiv("single-2511.21541.xml")),
                json(200, "{\"upvotes\": 12, \"githubRepo\": \"https://github.com/example/prfl\"}"));
        PaperLibrary.Update update = library(true).fetchMissing(List.of("2511.21541"));
        assertThat(update.complete()).isTrue();
        PaperMetadata paper = PaperCache.load(dir.resolve("papers.json"), "papers.json").get("2511.21541").orElseThrow();
        assertThat(paper.huggingFace()).isTrue();
        assertThat(paper.upvotes()).isEqualTo(12);
        assertThat(paper.codeUrl()).isEqualTo("https://github.com/example/prfl");
        assertThat(server.requests()).extracting(r -> r.uri().getPath()).containsExactly("/api/query", "/api/papers/2511.21541");
        assertThat(Duration.between(server.requests().get(0).at(), server.requests().get(1).at())).isZero();

        assertThat(library(true).fetchMissing(List.of("2511.21541")).fetched()).isEmpty();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void asksHuggingFaceLaterAboutPapersFetchedWithoutIt() throws Exception {
        SeedPapers.cache(dir, SeedPapers.metadata());
        server.then(json(404, "{}"), json(200, "{\"upvotes\": 3}"), status(503), status(503));
        PaperLibrary.Update update = library(true).fetchMissing(SEED);
        assertThat(update.fetched()).containsExactly("2511.19757", "2511.20937");
        assertThat(update.huggingFaceFailed()).containsExactly(Map.entry("2511.21541", "HTTP 503 (tried 2 times)"));
        PaperCache saved = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        assertThat(saved.get("2511.19757").orElseThrow().huggingFace()).isFalse();
        assertThat(saved.get("2511.20937").orElseThrow().upvotes()).isEqualTo(3);
        assertThat(saved.get("2511.21541").orElseThrow().huggingFace()).isNull();
    }

    @Test
    void reportsACacheItCannotWrite() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file where the cache's folder should be");
        server.then(atom(Fixtures.arxiv("single-2511.21541.xml")));
        ArxivSettings settings = new ArxivSettings(server.url("/api/query").toString(), "blocker/papers.json", null, null,
                1, null, null, null, null);
        PaperLibrary library = PaperLibrary.open(site, settings, MetadataSource.create(settings, "ua", time, time), time);
        PaperLibrary.Update update = library.fetchMissing(List.of("2511.21541"));
        assertThat(update.fetched()).containsExactly("2511.21541");
        assertThat(update.saveProblem()).isNotBlank();
        assertThat(library.cache().get("2511.21541")).isPresent();
    }

    @Test
    void refusesACacheOutsideTheSite() {
        ArxivSettings settings = new ArxivSettings(null, "sub/../../elsewhere.json", null, null, null, null, null, null, null);
        assertThatThrownBy(() -> PaperLibrary.open(site, settings, MetadataSource.create(settings, "ua", time, time), time))
                .isInstanceOf(QuireException.class).hasMessageContaining("must be inside the site folder");
    }
}
