package dev.quire.plugin.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import dev.quire.plugin.arxiv.http.LocalServer;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds of one session ({@code quire serve}) remember papers.json and what is made of each paper
 * while it does not change; a paper whose metadata changes shows the change everywhere, as in a
 * build from scratch.
 */
class SessionTest {

    private static final String POST_FOLDER = "blog/2025/11/28/papers-review/";
    private static final String CHANGED = "2511.19757";

    @TempDir
    Path dir;

    private TestSite seedSite() {
        TestSite site = TestSite.in(dir).post(SeedPapers.POST, SeedPapers.post())
                .post("blog/2025-11-29-again.md", "# Again\n\nSee arXiv:" + CHANGED + " once more.\n");
        SeedPapers.cache(site.root(), SeedPapers.metadata());
        return site.age(Duration.ofHours(2));
    }

    /** The seed papers, with the title and first author of {@link #CHANGED} changed. */
    private static List<PaperMetadata> retitled() {
        List<PaperMetadata> papers = new ArrayList<>();
        for (PaperMetadata p : SeedPapers.metadata()) {
            if (p.id().equals(CHANGED)) {
                List<String> authors = new ArrayList<>(p.authors());
                authors.set(0, "Zoë Newname");
                p = new PaperMetadata(p.id(), p.version(), "A Retitled Paper", authors, p.summary(), p.published(),
                        p.updated(), p.primaryCategory(), p.categories(), p.comment(), p.journalRef(), p.doi(),
                        p.huggingFace(), p.upvotes(), p.codeUrl(), p.projectUrl(), p.hub(), p.fetched());
            }
            papers.add(p);
        }
        return papers;
    }

    @Test
    void aPaperWhoseMetadataChangesIsShownChangedEverywhere() {
        TestSite site = seedSite();
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(site.output("papers/" + CHANGED + ".bib")).doesNotContain("Retitled");

        SeedPapers.cache(site.root(), retitled());
        site.age("papers.json", Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();

        assertThat(site.output("papers/" + CHANGED + ".bib")).startsWith("@misc{newname2025retitled,")
                .contains("title = {{A Retitled Paper}}", "author = {Zoë Newname and ");
        assertThat(site.output(POST_FOLDER + "references.bib")).contains("@misc{newname2025retitled,");
        assertThat(site.output("papers/index.html")).contains("A Retitled Paper");
        String jsonLd = Jsoup.parse(site.output(POST_FOLDER + "index.html"))
                .select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"name\":\"A Retitled Paper\"", "Zoë Newname");
        assertThat(site.output("blog/2025/11/29/again/index.html")).contains("A Retitled Paper");

        Path clean = dir.resolve("clean");
        assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
        assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
    }

    @Test
    void anUnchangedSiteBuildsTheSameAgain() {
        TestSite site = seedSite();
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        var first = TestSite.files(site.out());

        assertThat(session.build(d -> { }).success()).isTrue();

        assertThat(TestSite.files(site.out())).isEqualTo(first);
    }

    @Test
    void aSessionShowsTheSiteAtOnceAndThePapersOnceTheyAreFetched() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        try (LocalServer arxiv = new LocalServer(Clock.systemUTC())) {
            byte[] batch = Fixtures.arxiv("batch-seed-papers.xml");
            arxiv.then(exchange -> {
                try {
                    answer.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalServer.atom(batch).send(exchange);
            });
            TestSite site = TestSite.in(dir).post(SeedPapers.POST, SeedPapers.post())
                    .config(TestSite.DEFAULT_CONFIG + "arxiv:\n  api-url: " + arxiv.url("/api/query") + "\n");
            List<Diagnostic> heard = new CopyOnWriteArrayList<>();
            try (BuildSession session = BuildSession.open(site.options().withOffline(false))) {
                BuildResult first = session.build(heard::add);
                assertThat(first.success()).as("built while arXiv has not answered").isTrue();
                assertThat(TestSite.messages(first, Severity.WARNING)).as("nothing is wrong yet").isEmpty();
                assertThat(Jsoup.parse(site.output(POST_FOLDER + "index.html")).select("article.paper-card")).isEmpty();
                assertThat(session.build(heard::add).success()).isTrue();

                answer.countDown();
                assertThat(session.awaitBackground(Duration.ofSeconds(30))).isTrue();
                assertThat(arxiv.requests()).as("asked once, for the three papers").singleElement()
                        .satisfies(r -> assertThat(r.query("id_list")).isEqualTo("2511.19757,2511.20937,2511.21541"));
                assertThat(heard).extracting(Diagnostic::toString).contains(
                        "papers.json: info: fetching 3 papers in the background; pages show them as they arrive",
                        "papers.json: info: fetched 3 papers: 2511.19757, 2511.20937, 2511.21541");

                site.age("papers.json", Duration.ofHours(1));
                assertThat(session.build(heard::add).success()).isTrue();
                assertThat(Jsoup.parse(site.output(POST_FOLDER + "index.html")).select("article.paper-card")).hasSize(3);
            }
            Path clean = dir.resolve("clean");
            assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
            assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
        }
    }
}
