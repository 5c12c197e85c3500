package dev.quire.plugin.arxiv;

import static dev.quire.plugin.arxiv.SeedPapers.assertBuilt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.BuildSession;
import dev.quire.plugin.arxiv.metadata.HubSignals;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page of each paper and the papers index in pages, from whole builds with the default theme. */
class PaperPagesTest {

    private static final String ENACT = "2511.20937";
    private static final String ENACT_PAGE = "papers/" + ENACT + "/index.html";
    private static final String SEED_ENACT_SECTION = "/blog/2025/11/28/papers-review/"
            + "#3-enact";

    @TempDir
    Path dir;

    /** A paper that is only a number, published on day {@code day} of November 2025. */
    private static PaperMetadata paper(int n, int day, Integer upvotes, String... categories) {
        return new PaperMetadata(String.format("2511.%05d", n), 1, "Paper " + n, List.of("Author " + n),
                "Abstract " + n + ".", OffsetDateTime.parse(String.format("2025-11-%02dT00:00:00Z", day)), null,
                categories[0], List.of(categories), null, null, null, null, upvotes, null, null, null, null);
    }

    /** A site with one post per paper, post {@code i} on day {@code i + 1}, each under a heading. */
    private TestSite siteWithPapers(int count, String config) {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + config);
        List<PaperMetadata> papers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            papers.add(paper(i, 1, null, "cs.CL"));
            site.post(String.format("blog/2025-10-%02d-p%d.md", i, i),
                    "# Post " + i + "\n\n## About [Paper " + i + "](https://arxiv.org/abs/" + papers.get(i - 1).id() + ")\n\nText.\n");
        }
        SeedPapers.cache(site.root(), papers);
        return site;
    }

    private static List<String> ids(Document page) {
        return page.select("ol.paper-index > li.paper-index__entry").stream().map(Element::id).toList();
    }

    @Test
    void aPaperPageShowsThePaperItsBibtexAndEveryPostThatDiscussesItNewestFirst() throws Exception {
        TestSite site = SeedPapers.site(dir)
                .post("blog/2025-11-30-later.md", """
                        # Later

                        ## Background

                        We built on [ENACT](https://arxiv.org/abs/2511.20937) in passing.

                        ## [ENACT, again](https://huggingface.co/papers/2511.20937)

                        Now properly.
                        """)
                .post("blog/2025-11-29-middle.md", """
                        # Middle

                        ## Setup

                        As arXiv:2511.20937 shows.
                        """)
                .file("pages/reading.md", "# Reading\n\nSee arXiv:2511.20937.\n");
        assertBuilt(site.build());
        Document page = Jsoup.parse(site.output(ENACT_PAGE));

        assertThat(page.title()).isEqualTo("ENACT: Evaluating Embodied Cognition with World Modeling of Egocentric "
                + "Interaction | Test Papers");
        assertThat(page.selectFirst("h1.paper-page__title").text())
                .isEqualTo("ENACT: Evaluating Embodied Cognition with World Modeling of Egocentric Interaction");
        assertThat(page.selectFirst(".paper-page__authors").text()).startsWith("Qineng Wang, Wenlong Huang, Yu Zhou,")
                .endsWith("Li Fei-Fei, Manling Li");
        assertThat(page.selectFirst(".paper-page__abstract").text()).startsWith("Embodied cognition argues");
        assertThat(page.selectFirst(".paper-card__meta time").attr("datetime")).isEqualTo("2025-11-25");
        assertThat(page.select(".paper-card__links a")).extracting(Element::text, a -> a.attr("href")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arXiv", "https://arxiv.org/abs/2511.20937"),
                org.assertj.core.groups.Tuple.tuple("PDF", "https://arxiv.org/pdf/2511.20937"),
                org.assertj.core.groups.Tuple.tuple("HF", "https://huggingface.co/papers/2511.20937"),
                org.assertj.core.groups.Tuple.tuple("BibTeX", "/papers/2511.20937.bib"));
        assertThat(page.select(".paper-page__categories a")).extracting(Element::text).containsExactly("cs.AI", "cs.CV", "cs.RO");
        assertThat(page.selectFirst(".paper-page__bibtex pre > code").wholeText())
                .isEqualTo(site.output("papers/2511.20937.bib"));

        assertThat(page.select(".paper-page__discussions li > a")).as("newest first: posts, then pages; each at "
                + "the heading that links the paper, else the section that names it").extracting(a -> a.attr("href"))
                .containsExactly("/blog/2025/11/30/later/#enact-again", "/blog/2025/11/29/middle/#setup",
                        SEED_ENACT_SECTION, "/reading/");
        assertThat(page.select(".paper-page__discussions li > a")).extracting(Element::text)
                .containsExactly("Later", "Middle", "2025-11-28 papers review", "Reading");
        assertThat(page.select(".paper-page__discussions time")).extracting(t -> t.attr("datetime"))
                .containsExactly("2025-11-30", "2025-11-29", "2025-11-28");
        Document later = Jsoup.parse(site.output("blog/2025/11/30/later/index.html"));
        assertThat(later.getElementById("enact-again")).as("the anchor exists on the post").isNotNull();

        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .startsWith("Embodied cognition argues").endsWith("…").hasSizeLessThanOrEqualTo(161);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://papers.example.org/papers/2511.20937/");
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("head script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("ScholarlyArticle");
        assertThat(ld.get("identifier").asText()).isEqualTo("arXiv:2511.20937");
        assertThat(ld.get("abstract").asText()).startsWith("Embodied cognition argues");
        assertThat(ld.get("mainEntityOfPage").asText()).isEqualTo("https://papers.example.org/papers/2511.20937/");
        assertThat(page.selectFirst("meta[name=robots]")).isNull();

        Document index = Jsoup.parse(site.output("papers/index.html"));
        Element entry = index.getElementById(ENACT);
        assertThat(entry.select(".paper-index__posts a")).as("the newest three, then a link to the rest")
                .extracting(a -> a.attr("href")).containsExactly("/blog/2025/11/30/later/#enact-again",
                        "/blog/2025/11/29/middle/#setup", SEED_ENACT_SECTION, "/papers/2511.20937/");
        assertThat(entry.select(".paper-index__posts a").last().text()).isEqualTo("외 1개");
        Document seed = Jsoup.parse(site.output("blog/2025/11/28/papers-review/index.html"));
        assertThat(seed.getElementById("paper-2511.20937").selectFirst(".paper-card__title a").attr("href"))
                .isEqualTo("/papers/2511.20937/");
        assertThat(seed.getElementById("paper-2511.20937").select(".paper-card__links a")).extracting(Element::text)
                .as("the external links stay").containsExactly("arXiv", "PDF", "HF", "BibTeX");
    }

    @Test
    void aPaperOnlyUnlistedPostsNameHasAPageThatSearchEnginesLeaveOut() {
        TestSite site = SeedPapers.site(dir).post("blog/2025-11-29-hidden.md", """
                ---
                unlisted: true
                ---
                # Hidden

                ## [Attention](https://arxiv.org/abs/1706.03762)
                """);
        SeedPapers.cache(site.root(), List.of(new PaperMetadata("1706.03762", 7, "Attention Is All You Need",
                List.of("Ashish Vaswani"), "Transformers.", OffsetDateTime.parse("2017-06-12T17:57:34Z"), null, "hep-th",
                List.of("hep-th"), null, null, null, null, null, null, null, null, null)));
        assertBuilt(site.build());

        Document page = Jsoup.parse(site.output("papers/1706.03762/index.html"));
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select(".paper-page__discussions")).isEmpty();
        assertThat(page.select(".paper-page__categories a")).as("no list has it").isEmpty();
        assertThat(ids(Jsoup.parse(site.output("papers/index.html")))).doesNotContain("1706.03762");
    }

    @Test
    void theIndexHasPagesOfExactlyTheSetSizeAndNoEmptyLastPage() {
        TestSite exact = siteWithPapers(4, "arxiv:\n  papers-per-page: 2\n");
        assertBuilt(exact.build());
        assertThat(ids(Jsoup.parse(exact.output("papers/index.html")))).containsExactly("2511.00004", "2511.00003");
        assertThat(ids(Jsoup.parse(exact.output("papers/page/2/index.html")))).containsExactly("2511.00002", "2511.00001");
        assertThat(exact.hasOutput("papers/page/3/index.html")).isFalse();
        Document first = Jsoup.parse(exact.output("papers/index.html"));
        assertThat(first.select(".pager a[rel=next]")).extracting(a -> a.attr("href")).containsExactly("/papers/page/2/");
        assertThat(first.selectFirst(".page-lead").text()).isEqualTo("논문 4편");
        Document second = Jsoup.parse(exact.output("papers/page/2/index.html"));
        assertThat(second.title()).isEqualTo("논문 · 2페이지 | Test Papers");
        assertThat(second.select(".pager a[rel=prev]")).extracting(a -> a.attr("href")).containsExactly("/papers/");

        TestSite oneMore = siteWithPapers(5, "arxiv:\n  papers-per-page: 2\n");
        assertBuilt(oneMore.build());
        assertThat(ids(Jsoup.parse(oneMore.output("papers/page/3/index.html")))).containsExactly("2511.00001");
        assertThat(oneMore.hasOutput("papers/page/4/index.html")).isFalse();
    }

    @Test
    void listsByDateStepToNewerAndOlderPagesAndRankingsToPreviousAndNext() {
        TestSite site = siteWithPapers(4, "blog:\n  posts-per-page: 2\narxiv:\n  papers-per-page: 2\n");
        assertBuilt(site.build());

        assertThat(steps(site, "papers/index.html")).containsExactly("지난 글 →");
        assertThat(steps(site, "papers/page/2/index.html")).containsExactly("← 새 글");
        assertThat(steps(site, "papers/category/cs.CL/page/2/index.html")).as("newest discussed first too")
                .containsExactly("← 새 글");
        assertThat(steps(site, "papers/most-discussed/index.html")).containsExactly("다음 →");
        assertThat(steps(site, "papers/most-discussed/page/2/index.html")).containsExactly("← 이전");
        assertThat(steps(site, "blog/index.html")).as("the blog's own lists are by date")
                .containsExactly("지난 글 →");
    }

    private static List<String> steps(TestSite site, String file) {
        return Jsoup.parse(site.output(file)).select(".pager a.pager__step").eachText();
    }

    @Test
    void aSinglePageIndexHasNoPager() {
        TestSite site = siteWithPapers(2, "arxiv:\n  papers-per-page: 2\n");
        assertBuilt(site.build());
        assertThat(Jsoup.parse(site.output("papers/index.html")).select(".pager")).isEmpty();
        assertThat(site.hasOutput("papers/page/2/index.html")).isFalse();
    }

    @Test
    void theIndexIsAlsoSortedByDiscussionsAndUpvotesWithPapersWithoutUpvotesLast() {
        TestSite site = TestSite.in(dir)
                .post("blog/2025-11-01-a.md", "# A\n\n## [One](https://arxiv.org/abs/2511.00001)\n\n"
                        + "## [Two](https://arxiv.org/abs/2511.00002)\n")
                .post("blog/2025-11-02-b.md", "# B\n\n## [Two](https://arxiv.org/abs/2511.00002)\n")
                .post("blog/2025-11-03-c.md", "# C\n\n## [Three](https://arxiv.org/abs/2511.00003)\n");
        SeedPapers.cache(site.root(), List.of(paper(1, 1, 50, "cs.CL"), paper(2, 1, null, "cs.CL"),
                paper(3, 1, 7, "cs.CL")));
        assertBuilt(site.build());

        Document newest = Jsoup.parse(site.output("papers/index.html"));
        assertThat(ids(newest)).containsExactly("2511.00003", "2511.00002", "2511.00001");
        assertThat(ids(Jsoup.parse(site.output("papers/most-discussed/index.html"))))
                .containsExactly("2511.00002", "2511.00003", "2511.00001");
        Document upvoted = Jsoup.parse(site.output("papers/most-upvoted/index.html"));
        assertThat(ids(upvoted)).containsExactly("2511.00001", "2511.00003", "2511.00002");
        assertThat(upvoted.title()).isEqualTo("논문 · 추천 많은 순 | Test Papers");
        assertThat(newest.select("nav.paper-orders a")).extracting(Element::text, a -> a.attr("href")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("최근에 다룬 순", "/papers/"),
                org.assertj.core.groups.Tuple.tuple("많이 다룬 순", "/papers/most-discussed/"),
                org.assertj.core.groups.Tuple.tuple("추천 많은 순", "/papers/most-upvoted/"));
        assertThat(upvoted.select("nav.paper-orders a[aria-current=page]").text()).isEqualTo("추천 많은 순");
    }

    @Test
    void withoutUpvotesThereIsNoUpvotedList() {
        TestSite site = siteWithPapers(2, "");
        assertBuilt(site.build());
        assertThat(site.hasOutput("papers/most-discussed/index.html")).isTrue();
        assertThat(site.hasOutput("papers/most-upvoted/index.html")).isFalse();
        assertThat(Jsoup.parse(site.output("papers/index.html")).select("nav.paper-orders a")).hasSize(2);
    }

    @Test
    void eachArxivCategoryHasItsListAndOnlyWellFormedCategoriesBecomeUrls() {
        TestSite site = TestSite.in(dir)
                .post("blog/2025-11-01-a.md", "# A\n\n## [One](https://arxiv.org/abs/2511.00001)\n\n"
                        + "## [Two](https://arxiv.org/abs/2511.00002)\n\n## [Three](https://arxiv.org/abs/2511.00003)\n");
        SeedPapers.cache(site.root(), List.of(paper(1, 1, null, "cs.CL", "cs.LG"), paper(2, 2, null, "cs.LG"),
                paper(3, 3, null, "hep-th", "../x", "cs.CR<i>")));
        assertBuilt(site.build());

        assertThat(ids(Jsoup.parse(site.output("papers/category/cs.LG/index.html"))))
                .containsExactly("2511.00002", "2511.00001");
        Document cl = Jsoup.parse(site.output("papers/category/cs.CL/index.html"));
        assertThat(ids(cl)).containsExactly("2511.00001");
        assertThat(cl.title()).isEqualTo("논문 · cs.CL | Test Papers");
        assertThat(cl.selectFirst("h1").text()).isEqualTo("논문 cs.CL");
        assertThat(cl.select(".page-lead a").attr("href")).isEqualTo("/papers/");
        assertThat(cl.select(".paper-categories a[aria-current=page]").text()).isEqualTo("cs.CL 1");
        assertThat(ids(Jsoup.parse(site.output("papers/category/hep-th/index.html")))).containsExactly("2511.00003");
        assertThat(Jsoup.parse(site.output("papers/index.html")).select(".paper-categories a"))
                .as("most papers first, then by name").extracting(a -> a.attr("href")).containsExactly(
                        "/papers/category/cs.LG/", "/papers/category/cs.CL/", "/papers/category/hep-th/");
        Document three = Jsoup.parse(site.output("papers/2511.00003/index.html"));
        assertThat(three.select(".paper-page__categories li")).extracting(Element::text)
                .containsExactly("hep-th", "../x", "cs.CR<i>");
        assertThat(three.select(".paper-page__categories a")).extracting(Element::text).containsExactly("hep-th");
    }

    @Test
    void hostileMetadataIsEscapedOnThePaperPageAndInItsJsonLd() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-11-01-evil.md", "# Evil\n\n## [A paper](https://arxiv.org/abs/2511.00666)\n");
        SeedPapers.cache(site.root(), List.of(new PaperMetadata("2511.00666", 1, Hostile.TITLE,
                List.of(Hostile.AUTHOR, "B"), Hostile.SUMMARY, OffsetDateTime.parse("2025-11-01T00:00:00Z"), null,
                "cs.CR", List.of("cs.CR", "<script>x</script>"), "</p><script>alert(1)</script>", null, null, true, 7,
                "javascript:alert(1)", null, new HubSignals(1234, Hostile.SUMMARY, List.of(Hostile.AUTHOR), 3, 0, 1,
                        null), null)));
        assertBuilt(site.build());

        String html = site.output("papers/2511.00666/index.html");
        Document page = Jsoup.parse(html);
        assertThat(html).doesNotContain("<script>alert", "javascript:", "<img");
        assertThat(page.select("img, b, [onerror]")).isEmpty();
        assertThat(page.select("script")).allSatisfy(s -> assertThat(s.data()).doesNotContain("alert(\"t\")</script>"));
        assertThat(page.selectFirst("h1").text()).contains("<script>alert(\"t\")</script> & 'quotes'");
        assertThat(page.selectFirst(".paper-page__authors").text()).startsWith(Hostile.AUTHOR);
        assertThat(page.selectFirst(".paper-page__abstract").text()).isEqualTo(Hostile.SUMMARY);
        assertThat(page.title()).startsWith(Hostile.TITLE);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(Hostile.SUMMARY);
        List<Element> scripts = page.select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).data()).doesNotContain("<", ">");
        JsonNode ld = new ObjectMapper().readTree(scripts.get(0).data());
        assertThat(ld.get("name").asText()).isEqualTo(Hostile.TITLE);
        assertThat(ld.get("abstract").asText()).isEqualTo(Hostile.SUMMARY);
        assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo(Hostile.AUTHOR);
        assertThat(site.hasOutput("papers/category/cs.CR/index.html")).isTrue();
        assertThat(page.select(".paper-page__categories a")).extracting(Element::text).containsExactly("cs.CR");
        assertThat(page.selectFirst(".paper-page__ai-summary").text()).endsWith(Hostile.SUMMARY);
        assertThat(page.select(".paper-page__keywords li")).extracting(Element::text).containsExactly(Hostile.AUTHOR);
    }

    @Test
    void whatHuggingFaceSaysShowsOnThePaperPageAndItsCards() {
        TestSite site = TestSite.in(dir).post("blog/2025-11-01-one.md", "# One\n\n## [A paper](https://arxiv.org/abs/2511.00001)\n");
        SeedPapers.cache(site.root(), List.of(new PaperMetadata("2511.00001", 1, "A Paper", List.of("A. Author"),
                "Abstract.", OffsetDateTime.parse("2025-11-01T00:00:00Z"), null, "cs.CL", List.of("cs.CL"), null, null,
                null, true, 21, "https://github.com/a/paper", null,
                new HubSignals(1234, "It reads papers.", List.of("reading", "papers"), 3, 1, 0, null), null)));
        assertBuilt(site.build());

        Document page = Jsoup.parse(site.output("papers/2511.00001/index.html"));
        assertThat(page.selectFirst(".paper-card__stars").text()).isEqualTo("★ 1,234 GitHub 스타");
        assertThat(page.selectFirst(".paper-card__meta").text()).endsWith("· 모델 3개 · 데이터셋 1개")
                .as("no count of nothing").doesNotContain("Space");
        assertThat(page.selectFirst(".paper-page__ai-summary").text()).isEqualTo("Hugging Face 모델이 쓴 요약: It reads papers.");
        assertThat(page.select(".paper-page__keywords li")).extracting(Element::text).containsExactly("reading", "papers");

        Document post = Jsoup.parse(site.output("blog/2025/11/01/one/index.html"));
        assertThat(post.selectFirst("article.paper-card .paper-card__stars").text()).startsWith("★ 1,234");
        assertThat(post.selectFirst("article.paper-card .paper-card__meta").text()).contains("· 모델 3개 · 데이터셋 1개");
        assertThat(post.select("article.paper-card .paper-page__ai-summary")).as("the summary stays on the paper's page")
                .isEmpty();
    }

    @Test
    void aPaperPagePreviewsWithItsHuggingFaceThumbnailElseThePictureOfTheNewestPostAboutIt() {
        String thumbnail = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2511.00001.png?v=1&w=2";
        TestSite site = TestSite.in(dir)
                .post("blog/2025-11-01-older.md", "---\nimage: https://img.example.org/older.png\n---\n# Older\n\n"
                        + "## [One](https://arxiv.org/abs/2511.00001)\n\n## [Two](https://arxiv.org/abs/2511.00002)\n")
                .post("blog/2025-11-02-newer/index.md", "---\nimage: ./figure.png\n---\n# Newer\n\n"
                        + "## [One](https://arxiv.org/abs/2511.00001)\n\n## [Two](https://arxiv.org/abs/2511.00002)\n")
                .file("pages/reading.md", "# Reading\n\nSee arXiv:2511.00003.\n");
        List<PaperMetadata> papers = new ArrayList<>(List.of(paper(2, 1, null, "cs.CL"), paper(3, 1, null, "cs.CL")));
        papers.add(new PaperMetadata("2511.00001", 1, "Paper 1", List.of("Author 1"), "Abstract 1.",
                OffsetDateTime.parse("2025-11-01T00:00:00Z"), null, "cs.CL", List.of("cs.CL"), null, null, null, true,
                null, null, null, new HubSignals(null, null, null, null, null, null, thumbnail), null));
        SeedPapers.cache(site.root(), papers);
        assertBuilt(site.build());

        String withThumbnail = site.output("papers/2511.00001/index.html");
        Document one = Jsoup.parse(withThumbnail);
        assertThat(one.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(thumbnail);
        assertThat(withThumbnail).as("escaped in the attribute").contains("2511.00001.png?v=1&amp;w=2\"");
        assertThat(one.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(thumbnail);
        assertThat(one.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(one.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Paper 1");

        Document two = Jsoup.parse(site.output("papers/2511.00002/index.html"));
        assertThat(two.selectFirst("meta[property=og:image]").attr("content")).as("the newest post's, where it is")
                .isEqualTo("https://papers.example.org/blog/2025/11/02/newer/figure.png");
        assertThat(two.selectFirst("meta[name=twitter:image]").attr("content"))
                .isEqualTo("https://papers.example.org/blog/2025/11/02/newer/figure.png");
        assertThat(two.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        Document three = Jsoup.parse(site.output("papers/2511.00003/index.html"));
        assertThat(three.select("meta[property=og:image], meta[name=twitter:image]")).as("only a page names it").isEmpty();
        assertThat(three.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    @Test
    void withTheIndexOffThereAreNoPaperPagesAndCardsLinkToArxiv() {
        TestSite site = SeedPapers.site(dir).config(TestSite.DEFAULT_CONFIG + "arxiv:\n  index: false\n");
        assertBuilt(site.build());
        assertThat(site.hasOutput("papers/index.html")).isFalse();
        assertThat(site.hasOutput(ENACT_PAGE)).isFalse();
        assertThat(site.hasOutput("papers/most-discussed/index.html")).isFalse();
        assertThat(site.hasOutput("papers/2511.20937.bib")).isTrue();
        Document seed = Jsoup.parse(site.output("blog/2025/11/28/papers-review/index.html"));
        assertThat(seed.getElementById("paper-2511.20937").selectFirst(".paper-card__title a").attr("href"))
                .isEqualTo("https://arxiv.org/abs/2511.20937");
    }

    @Test
    void aRenamedSectionMovesTheLinkOfThePaperPageInTheNextBuildOfASession() {
        TestSite site = SeedPapers.site(dir).age(Duration.ofHours(2));
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(Jsoup.parse(site.output(ENACT_PAGE)).selectFirst(".paper-page__discussions a").attr("href"))
                .isEqualTo(SEED_ENACT_SECTION);

        site.post(SeedPapers.POST, SeedPapers.post().replace("## 3. [ENACT]", "## 3. Embodied: [ENACT]"));
        site.age(SeedPapers.POST, Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();

        assertThat(Jsoup.parse(site.output(ENACT_PAGE)).selectFirst(".paper-page__discussions a").attr("href"))
                .isEqualTo("/blog/2025/11/28/papers-review/#3-embodied-enact");
        Path clean = dir.resolve("clean");
        assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
        assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
    }
}
