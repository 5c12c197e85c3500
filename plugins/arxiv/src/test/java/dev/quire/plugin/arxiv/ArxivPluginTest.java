package dev.quire.plugin.arxiv;

import static dev.quire.plugin.arxiv.SeedPapers.assertBuilt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.plugin.arxiv.http.LocalServer;
import dev.quire.plugin.arxiv.metadata.HubSignals;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds with the plugin, the Pebble engine and the default theme, from a committed papers.json. */
class ArxivPluginTest {

    private static final String POST_PAGE = "blog/2025/11/28/papers-review/index.html";
    private static final String ENACT_SECTION = "3-enact";

    @TempDir
    Path dir;

    @Test
    void theSeedPostGetsThreeEnrichedLinksAndThreeCardsOffline() {
        TestSite site = SeedPapers.site(dir);
        BuildResult result = site.build();
        assertBuilt(result);
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        Document page = Jsoup.parse(site.output(POST_PAGE));

        List<Element> links = page.select(".post h2 > a[title]:not(.hash-link)");
        assertThat(links).extracting(a -> a.attr("href")).containsExactly(
                "https://huggingface.co/papers/2511.21541", "https://huggingface.co/papers/2511.19757",
                "https://huggingface.co/papers/2511.20937");
        assertThat(links.get(0).attr("title")).isEqualTo(
                "Video Generation Models Are Good Latent Reward Models — Xiaoyue Mi, Wenqing Yu, Jiesong Lian et al.");
        assertThat(links.get(0).text()).isEqualTo("Video Generation Models Are Good Latent Reward Models");
        assertThat(page.select("h2#1-video-generation-models-are-good-latent-reward-models")).hasSize(1);

        List<Element> rows = page.select("h2 + p.paper-links");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).select("a")).extracting(Element::text, a -> a.attr("href")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arXiv:2511.21541", "https://arxiv.org/abs/2511.21541"),
                org.assertj.core.groups.Tuple.tuple("PDF", "https://arxiv.org/pdf/2511.21541"),
                org.assertj.core.groups.Tuple.tuple("HF", "https://huggingface.co/papers/2511.21541"));

        Element cards = page.selectFirst("section.paper-cards[aria-labelledby=quire-papers-in-post]");
        assertThat(cards).isNotNull();
        assertThat(cards.selectFirst("#quire-papers-in-post").text()).isEqualTo("이 글에서 다룬 논문");
        assertThat(cards.select("article.paper-card")).extracting(e -> e.id())
                .containsExactly("paper-2511.21541", "paper-2511.19757", "paper-2511.20937");
        Element card = page.getElementById("paper-2511.20937");
        assertThat(card.selectFirst(".paper-card__title a").text())
                .isEqualTo("ENACT: Evaluating Embodied Cognition with World Modeling of Egocentric Interaction");
        assertThat(card.selectFirst(".paper-card__authors").ownText()).isEqualTo("Qineng Wang, Wenlong Huang, Yu Zhou 외");
        assertThat(card.select(".paper-card__authors details p").text()).endsWith("Li Fei-Fei, Manling Li");
        assertThat(card.selectFirst(".paper-card__meta time").attr("datetime")).isEqualTo("2025-11-25");
        assertThat(card.selectFirst(".paper-card__meta .paper-card__category").text()).isEqualTo("cs.AI");
        assertThat(card.selectFirst("details.paper-card__abstract p").text()).startsWith("Embodied cognition argues");
        assertThat(card.select(".paper-card__links a")).extracting(Element::text)
                .containsExactly("arXiv", "PDF", "HF", "BibTeX");
        assertThat(cards.selectFirst(".paper-cards__bibtex a").attr("href"))
                .isEqualTo("/blog/2025/11/28/papers-review/references.bib");
    }

    @Test
    void putsJsonLdCitationsInThePostsHead() {
        TestSite site = SeedPapers.site(dir);
        assertBuilt(site.build());
        Document page = Jsoup.parse(site.output(POST_PAGE));
        List<Element> scripts = page.select("head script[type=application/ld+json]").stream()
                .filter(s -> s.data().contains("\"citation\"")).toList();
        assertThat(scripts).hasSize(1);
        String json = scripts.get(0).data();
        assertThat(json).contains("\"@id\":\"https://papers.example.org/blog/2025/11/28/papers-review/\"",
                "\"@type\":\"ScholarlyArticle\"", "\"identifier\":\"arXiv:2511.19757\"");
    }

    @Test
    void writesThePapersIndexNewestDiscussedFirstWithLinksToTheSectionsThatDiscussThem() {
        TestSite site = SeedPapers.site(dir).post("blog/2025-11-29-again.md", """
                # Again

                Back to [ENACT](https://arxiv.org/abs/2511.20937v1).
                """);
        assertBuilt(site.build());
        Document index = Jsoup.parse(site.output("papers/index.html"));
        assertThat(index.title()).as("the theme's word in the site's language, ko").isEqualTo("논문 | Test Papers");
        assertThat(index.selectFirst("h1").text()).isEqualTo("논문");
        assertThat(index.select("ol.paper-index > li.paper-index__entry")).as("ties: the newest paper first")
                .extracting(Element::id).containsExactly("2511.20937", "2511.21541", "2511.19757");
        Element enact = index.getElementById("2511.20937");
        assertThat(enact.select(".paper-index__posts a")).extracting(a -> a.attr("href")).containsExactly(
                "/blog/2025/11/29/again/", "/blog/2025/11/28/papers-review/#" + ENACT_SECTION);
        assertThat(enact.selectFirst(".paper-card__title a").attr("href")).isEqualTo("/papers/2511.20937/");
        assertThat(enact.selectFirst("h2.paper-card__title")).isNotNull();
        assertThat(enact.selectFirst(".paper-card__links a[href$=.bib]").attr("href")).isEqualTo("/papers/2511.20937.bib");
    }

    @Test
    void underTrailingSlashFalseTheIndexIsPapersHtmlAndEveryLinkLosesItsSlash() {
        TestSite site = SeedPapers.site(dir).config(TestSite.DEFAULT_CONFIG + "trailing-slash: false\n");
        assertBuilt(site.build());
        Document post = Jsoup.parse(site.output("blog/2025/11/28/papers-review.html"));
        assertThat(post.selectFirst(".paper-cards__bibtex a").attr("href"))
                .isEqualTo("/blog/2025/11/28/papers-review/references.bib");
        assertThat(site.output("blog/2025/11/28/papers-review/references.bib")).startsWith("@misc{mi2025video,");
        assertThat(post.select("head script[type=application/ld+json]").html())
                .contains("\"@id\":\"https://papers.example.org/blog/2025/11/28/papers-review\"");
        Document index = Jsoup.parse(site.output("papers.html"));
        assertThat(index.select(".paper-index__posts a")).extracting(a -> a.attr("href")).containsExactly(
                "/blog/2025/11/28/papers-review#1-video-generation-models-are-good-latent-reward-models",
                "/blog/2025/11/28/papers-review#" + ENACT_SECTION,
                "/blog/2025/11/28/papers-review#2-what-does-it-mean-to-understand-language");
        assertThat(index.select(".paper-card__title a")).extracting(a -> a.attr("href"))
                .containsExactly("/papers/2511.21541", "/papers/2511.20937", "/papers/2511.19757");
        assertThat(site.hasOutput("papers/2511.20937.html")).isTrue();
        assertThat(site.hasOutput("papers/category/cs.AI.html")).isTrue();
        Document paper = Jsoup.parse(site.output("papers/2511.20937.html"));
        assertThat(paper.selectFirst(".paper-page__discussions a").attr("href"))
                .isEqualTo("/blog/2025/11/28/papers-review#" + ENACT_SECTION);
        assertThat(paper.select(".paper-page__categories a")).extracting(a -> a.attr("href")).contains("/papers/category/cs.AI");
        assertThat(paper.selectFirst(".page-kicker a").attr("href")).isEqualTo("/papers");
        assertThat(post.select("a[href^=/papers]")).extracting(a -> a.attr("href")).contains("/papers");
    }

    @Test
    void writesBibtexPerPaperAndPerPost() {
        TestSite site = SeedPapers.site(dir);
        assertBuilt(site.build());
        assertThat(site.output("papers/2511.21541.bib")).startsWith("@misc{mi2025video,\n")
                .contains("  eprint = {2511.21541},\n");
        String references = site.output("blog/2025/11/28/papers-review/references.bib");
        assertThat(references.split("\n\n")).hasSize(3);
        assertThat(references).startsWith("@misc{mi2025video,").contains("@misc{casto2025mean,", "@misc{wang2025enact,");
    }

    @Test
    void escapesHostileMetadataEverywhere() throws IOException {
        TestSite site = TestSite.in(dir).post("blog/2025-11-01-evil.md", """
                # Evil

                ## [A paper](https://arxiv.org/abs/2511.00666)

                Also arXiv:2511.00666 in text.
                """);
        PaperMetadata evil = new PaperMetadata("2511.00666", 1, Hostile.TITLE, List.of(Hostile.AUTHOR, "B", "C", "D"),
                Hostile.SUMMARY, OffsetDateTime.parse("2025-11-01T00:00:00Z"), null, "cs.CR<i>", List.of("cs.CR<i>"),
                "</p><script>alert(1)</script>", null, null, true, 7, "javascript:alert(1)", "https://x.example/\"><b>",
                new HubSignals(5, Hostile.SUMMARY, List.of(Hostile.TITLE, Hostile.AUTHOR), 1, 2, 3,
                        "https://cdn.huggingface.co/x.png\"><script>alert(1)</script>"), null);
        SeedPapers.cache(site.root(), List.of(evil));
        assertBuilt(site.build());

        String html = site.output("blog/2025/11/01/evil/index.html");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).as("no script made of metadata")
                .allSatisfy(s -> assertThat(s.data().strip()).doesNotStartWith("alert"));
        assertThat(page.select("[onerror], img, b, i")).isEmpty();
        assertThat(html).doesNotContain("<script>alert", "javascript:");
        assertThat(page.select("a[title]:not(.hash-link)")).hasSize(2).allSatisfy(a -> assertThat(a.attr("title")).startsWith(Hostile.TITLE));
        assertThat(page.selectFirst(".paper-card__title").text()).contains("<script>alert(\"t\")</script> & 'quotes'");
        assertThat(page.selectFirst(".paper-card__title .math")).isNotNull();
        assertThat(page.selectFirst(".paper-card__comment").text()).isEqualTo("</p><script>alert(1)</script>");
        assertThat(page.selectFirst(".paper-card__authors").text()).startsWith(Hostile.AUTHOR);
        assertThat(page.selectFirst("details.paper-card__abstract p").text()).isEqualTo(Hostile.SUMMARY);
        assertThat(page.select(".paper-card__links a")).extracting(Element::text).doesNotContain("Code");

        String bib = site.output("papers/2511.00666.bib");
        assertThat(bib).doesNotContain("\\input{").contains("\\textbraceleft{}braces");
    }

    @Test
    void anIdMissingFromTheCacheIsAWarningOfflineAndAnErrorUnderStrict() {
        TestSite site = SeedPapers.site(dir).post("blog/2025-11-29-new.md", "# New\n\nSee [this](https://arxiv.org/abs/2511.99999).\n");
        BuildResult result = site.build();
        assertBuilt(result);
        assertThat(TestSite.messages(result, Severity.WARNING)).containsExactly(
                "blog/2025-11-29-new.md:3: warning: arXiv:2511.99999 is not in papers.json and this build is offline; "
                        + "its links stay plain links (run 'quire papers fetch' to add it)");
        assertThat(site.output("blog/2025/11/29/new/index.html"))
                .contains("<a href=\"https://arxiv.org/abs/2511.99999\">this</a>").doesNotContain("paper-cards");

        BuildResult strict = site.build(o -> o.withStrict(true));
        assertThat(strict.success()).isFalse();
        assertThat(TestSite.messages(strict, Severity.WARNING)).anySatisfy(m -> assertThat(m).contains("arXiv:2511.99999"));
        assertThat(strict.count(Severity.ERROR)).isPositive();
    }

    @Test
    void aCorruptCacheFailsTheBuildNamingFileAndLineAndKeepsThePreviousSite() throws IOException {
        TestSite site = SeedPapers.site(dir);
        assertBuilt(site.build());
        String before = site.output(POST_PAGE);
        Path cache = site.root().resolve("papers.json");
        String text = Files.readString(cache);
        Files.writeString(cache, text.replaceFirst("\"version\": 1,", "\"version\": one,"));
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .startsWith("papers.json:6: error: the paper cache is not valid: Unrecognized token 'one'");
        assertThat(site.output(POST_PAGE)).isEqualTo(before);
        assertThat(Files.readString(cache)).contains("\"version\": one,");
    }

    @Test
    void buildsTheSameBytesTwice() throws IOException {
        TestSite site = SeedPapers.site(dir);
        assertBuilt(site.build());
        Map<String, byte[]> first = files(site.out());
        assertBuilt(site.build());
        Map<String, byte[]> second = files(site.out());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void handlesOldStyleIdsAndMathInTitles() {
        TestSite site = TestSite.in(dir).post("blog/2025-11-02-classics.md", """
                # Classics

                Read [Maldacena](https://arxiv.org/abs/hep-th/9711200v3).
                """);
        SeedPapers.cache(site.root(), List.of(new PaperMetadata("hep-th/9711200", 3,
                "The Large $N$ Limit of Superconformal Field Theories and Supergravity", List.of("Juan M. Maldacena"),
                "We show that the large $N$ limit of certain conformal field theories...",
                OffsetDateTime.parse("1997-11-27T20:36:35Z"), null, "hep-th", List.of("hep-th"), null,
                "Adv.Theor.Math.Phys.2:231-252,1998", "10.1023/A:1026654312961", null, null, null, null, null,
                Instant.parse("2025-11-28T06:00:00Z"))));
        assertBuilt(site.build());
        Document page = Jsoup.parse(site.output("blog/2025/11/02/classics/index.html"));
        Element card = page.getElementById("paper-hep-th/9711200");
        assertThat(card).isNotNull();
        assertThat(card.selectFirst(".paper-card__title .math.math-inline").text()).isEqualTo("\\(N\\)");
        assertThat(card.select(".paper-card__links a")).extracting(Element::text).containsExactly("arXiv", "PDF", "DOI", "BibTeX");
        assertThat(site.hasOutput("papers/hep-th_9711200.bib")).isTrue();
        assertThat(Jsoup.parse(site.output("papers/index.html")).getElementById("hep-th/9711200")).isNotNull();
    }

    @Test
    void leavesUnlistedPostsOutOfTheIndex() {
        TestSite site = SeedPapers.site(dir).post("blog/2025-11-29-hidden.md", """
                ---
                unlisted: true
                ---
                # Hidden

                [ENACT](https://arxiv.org/abs/2511.20937)
                """);
        assertBuilt(site.build());
        Element enact = Jsoup.parse(site.output("papers/index.html")).getElementById("2511.20937");
        assertThat(enact.select(".paper-index__posts a")).extracting(a -> a.attr("href"))
                .containsExactly("/blog/2025/11/28/papers-review/#" + ENACT_SECTION);
        assertThat(Jsoup.parse(site.output("papers/2511.20937/index.html")).select(".paper-page__discussions a"))
                .extracting(a -> a.attr("href")).containsExactly("/blog/2025/11/28/papers-review/#" + ENACT_SECTION);
        assertThat(site.output("blog/2025/11/29/hidden/index.html")).contains("paper-cards");
    }

    @Test
    void refusesBadSettings() {
        TestSite site = SeedPapers.site(dir).config(TestSite.DEFAULT_CONFIG + "arxiv:\n  batch-size: 0\n  api-url: ftp://x\n  cache: ../x.json\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).containsExactlyInAnyOrder(
                "quire.yml: error: 'arxiv.api-url' must be an http or https URL (got 'ftp://x')",
                "quire.yml: error: 'arxiv.batch-size' must be between 1 and 200 (got 0)",
                "quire.yml: error: 'arxiv.cache' must be a file inside the site folder, like papers.json (got '../x.json')");
    }

    @Test
    void reportsAPageInTheWayOfTheIndex() {
        TestSite site = SeedPapers.site(dir).file("pages/papers.md", "# My papers\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).anySatisfy(m -> assertThat(m)
                .contains("a page of the site is already published at /papers/", "arxiv.index: false"));
        assertBuilt(site.config(TestSite.DEFAULT_CONFIG + "arxiv:\n  index: false\n").build());
    }

    @Test
    void fetchesWhatIsMissingWhenOnlineAndKeepsItInTheCache() throws IOException {
        try (LocalServer arxiv = new LocalServer(Clock.systemUTC())) {
            arxiv.then(LocalServer.atom(Fixtures.arxiv("batch-seed-papers.xml")));
            TestSite site = TestSite.in(dir).post(SeedPapers.POST, SeedPapers.post())
                    .config(TestSite.DEFAULT_CONFIG + "arxiv:\n  api-url: " + arxiv.url("/api/query") + "\n");
            BuildResult result = site.build(o -> o.withOffline(false));
            assertBuilt(result);
            assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
            assertThat(TestSite.messages(result, Severity.INFO)).contains(
                    "papers.json: info: fetched 3 papers: 2511.19757, 2511.20937, 2511.21541");
            assertThat(arxiv.requests()).singleElement().satisfies(r -> {
                assertThat(r.query("id_list")).isEqualTo("2511.19757,2511.20937,2511.21541");
                assertThat(r.userAgent()).matches("Quire/\\S+ \\(arXiv paper metadata for \\+https://papers.example.org\\)");
            });
            assertThat(Files.readString(site.root().resolve("papers.json"))).contains("\"id\": \"2511.21541\"");
            assertThat(Jsoup.parse(site.output(POST_PAGE)).select("article.paper-card")).hasSize(3);

            assertBuilt(site.build(o -> o.withOffline(false)));
            assertThat(arxiv.requests()).as("everything is cached now").hasSize(1);
        }
    }

    @Test
    void aReviewCanBeCitedByItsOwnOnlineEntry() {
        TestSite site = SeedPapers.site(dir).post("blog/2025-11-29-braces.md", """
                ---
                title: 'Scaling {laws} & 100% of $\\alpha$'
                authors: [{name: Kim Jiwoo}, {name: Lee Minho}]
                ---
                About [ENACT](https://arxiv.org/abs/2511.20937v1).
                """);
        assertBuilt(site.build());
        Document seed = Jsoup.parse(site.output(POST_PAGE));
        assertThat(seed.selectFirst(".paper-cards__cite summary").text()).isEqualTo("이 글 인용하기");
        assertThat(seed.selectFirst(".paper-cards__cite pre").text()).isEqualTo("""
                @online{papers-example-org-blog-2025-11-28-papers-review,
                  title = {{2025-11-28 papers review}},
                  author = {{Test Papers}},
                  date = {2025-11-28},
                  url = {https://papers.example.org/blog/2025/11/28/papers-review/},
                  organization = {{Test Papers}},
                }""");
        String braces = Jsoup.parse(site.output("blog/2025/11/29/braces/index.html")).selectFirst(".paper-cards__cite pre").text();
        assertThat(braces).contains("title = {{Scaling \\textbraceleft{}laws\\textbraceright{} \\& 100\\% of $\\alpha$}}",
                "author = {Kim Jiwoo and Lee Minho}", "date = {2025-11-29}");
    }

    /** The seed post on a site whose arXiv address refuses every connection. */
    private TestSite seedSiteWithArxivDown() throws IOException {
        LocalServer closed = new LocalServer(Clock.systemUTC());
        String api = closed.url("/api/query").toString();
        closed.close();
        return TestSite.in(dir).post(SeedPapers.POST, SeedPapers.post())
                .config(TestSite.DEFAULT_CONFIG + "arxiv:\n  api-url: " + api + "\n  attempts: 1\n");
    }

    @Test
    void manyPapersThatFailForOneReasonAreOneWarning() throws IOException {
        TestSite site = seedSiteWithArxivDown()
                .post("blog/2025-11-29-more.md", "# More\n\n[a](https://arxiv.org/abs/2501.00001) "
                        + "[b](https://arxiv.org/abs/2501.00002)\n");
        BuildResult result = site.build(o -> o.withOffline(false));
        assertBuilt(result);
        assertThat(TestSite.messages(result, Severity.WARNING)).singleElement().asString()
                .startsWith("papers.json: warning: 5 papers have no metadata (network error: ConnectException")
                .contains("): 2501.00001, 2501.00002, 2511.19757 and 2 more; their links stay plain links");
    }

    @Test
    void aNetworkFailureNeverFailsTheBuildButStrictDoes() throws IOException {
        TestSite site = seedSiteWithArxivDown();
        BuildResult result = site.build(o -> o.withOffline(false));
        assertBuilt(result);
        assertThat(TestSite.messages(result, Severity.WARNING)).hasSize(3).first().asString()
                .startsWith("blog/2025-11-28-papers-review/index.mdx:5: warning: arXiv:2511.21541 has no metadata "
                        + "(network error: ConnectException")
                .endsWith("); its links stay plain links");
        String page = site.output(POST_PAGE);
        assertThat(page).contains("<a href=\"https://huggingface.co/papers/2511.21541\">Video Generation")
                .doesNotContain("paper-links", "paper-cards");
        assertThat(site.root().resolve("papers.json")).doesNotExist();

        BuildResult strict = site.build(o -> o.withOffline(false).withStrict(true));
        assertThat(strict.success()).isFalse();
        assertThat(site.output(POST_PAGE)).isEqualTo(page);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
