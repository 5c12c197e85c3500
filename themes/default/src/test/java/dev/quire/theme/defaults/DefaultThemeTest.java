package dev.quire.theme.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the default theme puts on the pages of the representative site. */
class DefaultThemeTest {

    private static final String SEED = "blog/2025/11/28/papers-review/index.html";
    private static final String MATH = "blog/2025/11/21/diffusion-objectives/index.html";
    private static final String RLHF = "blog/2025/11/14/rlhf-notes/index.html";

    @TempDir
    static Path dir;

    static BuiltSite site;

    @TempDir
    Path scratch;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(BuiltSite.testSite(), dir);
    }

    @Test
    void aPostShowsItsDateReadingTimeAndTableOfContentsInKorean() {
        Document post = site.html(SEED);

        assertThat(post.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(post.selectFirst(".post-title").text()).isEqualTo("2025-11-28 papers review");
        assertThat(post.selectFirst(".post-meta time").text()).isEqualTo("2025년 11월 28일");
        assertThat(post.selectFirst(".post-meta time").attr("datetime")).isEqualTo("2025-11-28");
        assertThat(post.select(".post-meta span").eachText()).contains("읽는 데 2분");
        assertThat(post.select(".toc--side .toc__item a").eachAttr("href")).containsExactly(
                "#1-video-generation-models-are-good-latent-reward-models",
                "#2-what-does-it-mean-to-understand-language", "#3-enact",
                "#evaluating-embodied-cognition-with-world-modeling-of-egocentric-interaction");
        assertThat(post.select(".toc--inline summary").text()).isEqualTo("목차");
    }

    @Test
    void aShortPostHasNoTableOfContents() {
        assertThat(site.html("blog/2024/11/29/first-post/index.html").select(".toc")).isEmpty();
    }

    @Test
    void postsLinkToTheirNeighbours() {
        Document post = site.html("blog/2025/11/21/diffusion-objectives/index.html");

        assertThat(post.selectFirst(".post-nav a[rel=prev]").attr("href")).isEqualTo("/blog/2025/11/28/papers-review/");
        assertThat(post.selectFirst(".post-nav a[rel=next]").attr("href")).isEqualTo("/blog/2025/11/14/rlhf-notes/");
    }

    @Test
    void theHeadHasCanonicalPreviewAndStructuredData() throws Exception {
        Document post = site.html(SEED);

        String url = "https://papers.example.org/blog/2025/11/28/papers-review/";
        assertThat(post.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(post.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(post.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(post.selectFirst("meta[name=description]").attr("content")).isNotBlank();
        assertThat(post.selectFirst("link[rel=icon]").attr("href")).matches("/assets/favicon\\.[0-9a-f]{8}\\.svg");
        JsonNode ld = new ObjectMapper().readTree(post.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("BlogPosting");
        assertThat(ld.get("headline").asText()).isEqualTo("2025-11-28 papers review");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2025-11-28T00:00:00Z");
        assertThat(ld.get("url").asText()).isEqualTo(url);
        JsonNode authored = new ObjectMapper().readTree(site.html(MATH).selectFirst("script[type=application/ld+json]").data());
        assertThat(authored.get("author").get(0).get("name").asText()).isEqualTo("김지원");
        assertThat(authored.get("keywords")).extracting(JsonNode::asText).containsExactly("diffusion", "math", "정리");
    }

    @Test
    void withoutASiteDescriptionEveryPageSaysWhatItListsInTheSiteLanguage() throws Exception {
        Path source = scratch.resolve("source");
        BuiltSite.copy(BuiltSite.testSite(), source);
        Path config = source.resolve("quire.yml");
        java.nio.file.Files.write(config, java.nio.file.Files.readAllLines(config).stream()
                .filter(line -> !line.startsWith("description:")).toList());
        BuiltSite built = BuiltSite.build(source, scratch.resolve("built"));

        assertThat(built.html("index.html").selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Papers Review의 최신 글.");
        assertThat(built.html("index.html").selectFirst("meta[property=og:description]").attr("content"))
                .isEqualTo("Papers Review의 최신 글.");
        assertThat(built.html("blog/archive/index.html").selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Papers Review의 모든 글, 날짜순.");
        assertThat(built.html("404.html").selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Papers Review에 없는 페이지입니다.");
        assertThat(built.html("blog/tags/diffusion/index.html").selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Papers Review에서 diffusion 태그가 붙은 글.");
        // A post's own description (the start of its text) is kept.
        assertThat(built.html(SEED).selectFirst("meta[name=description]").attr("content"))
                .isEqualTo(site.html(SEED).selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void theColourSchemeIsSetBeforeTheStylesheetLoads() {
        Document home = site.html("index.html");

        Element head = home.head();
        int script = head.children().indexOf(head.selectFirst("script"));
        int stylesheet = head.children().indexOf(head.selectFirst("link[rel=stylesheet]"));
        assertThat(script).isLessThan(stylesheet);
        assertThat(head.selectFirst("script").data()).contains("quire-theme").contains("data-theme");
    }

    @Test
    void everyPageHasLandmarksAndASkipLink() {
        for (String page : site.pages()) {
            Document html = site.html(page);
            assertThat(html.select("header.site-header")).as(page).hasSize(1);
            assertThat(html.select("main#quire-content")).as(page).hasSize(1);
            assertThat(html.select("footer.site-footer")).as(page).hasSize(1);
            assertThat(html.selectFirst("a.skip-link").attr("href")).as(page).isEqualTo("#quire-content");
            assertThat(html.select("h1")).as(page).hasSize(1);
            assertThat(html.select("img:not([alt])")).as(page).isEmpty();
        }
    }

    @Test
    void mathAndCodeLibrariesLoadOnlyWherePagesNeedThem() throws Exception {
        Document math = site.html(MATH);
        String katexCss = math.selectFirst("link[rel=stylesheet][href*=katex]").attr("href");
        String katexJs = math.selectFirst("script[src*=katex]").attr("src");
        String font = math.selectFirst("link[rel=preload][as=font]").attr("href");
        String highlight = highlightScript(math);
        assertThat(katexCss).matches("/assets/katex/katex-swap\\.min\\.[0-9a-f]{8}\\.css");
        assertThat(katexJs).matches("/assets/katex/katex\\.min\\.[0-9a-f]{8}\\.js");
        assertThat(font).matches("/assets/katex/fonts/KaTeX_Main-Regular\\.[0-9a-f]{8}\\.woff2");
        assertThat(highlight).matches("/assets/highlight/highlight\\.min\\.[0-9a-f]{8}\\.js");
        for (String asset : new String[] {katexCss, katexJs, highlight, font}) {
            assertThat(site.exists(asset.substring(1))).as(asset).isTrue();
        }
        assertThat(site.text(katexCss.substring(1))).contains("url(" + font.substring("/assets/katex/".length()) + ")");

        Document seed = site.html(SEED);
        assertThat(seed.select("script[src*=katex], link[href*=katex]")).isEmpty();
        assertThat(highlightScript(seed)).isNull();
        assertThat(highlightScript(site.html("blog/2025/11/14/rlhf-notes/index.html"))).isEqualTo(highlight);
        // Lists show summaries as plain text, formulas as their TeX, so they need no library.
        Document home = site.html("index.html");
        assertThat(home.select("script[src*=katex], link[href*=katex]")).isEmpty();
        assertThat(highlightScript(home)).isNull();
        assertThat(home.select(".entry__summary").eachText()).anySatisfy(summary ->
                assertThat(summary).contains("이번 글에서는 \\epsilon-prediction, x_0-prediction"));
    }

    @Test
    void codeBlocksShowTheirTitleHighlightedLinesAndLineNumbers() {
        Document post = site.html(RLHF);
        Element titled = post.selectFirst(".code-block:has(.code-title:contains(configs/ppo.py)) > pre.code-block--numbered");
        assertThat(titled.selectFirst("code.language-python").wholeText())
                .startsWith("config = dict(\n    kl_target=6.0,\n").doesNotContain("highlight-");
        assertThat(titled.select(".code-lines > .code-line").eachAttr("class")).containsExactly("code-line",
                "code-line code-line--highlighted", "code-line", "code-line code-line--highlighted",
                "code-line code-line--highlighted", "code-line");
        assertThat(titled.selectFirst(".code-lines").attr("aria-hidden")).isEqualTo("true");
        assertThat(post.select("pre:has(code.language-yaml) .code-line--highlighted")).hasSize(1);
    }

    @Test
    void theMermaidScriptLoadsOnlyOnPagesWithADiagram() {
        Document post = site.html(RLHF);
        assertThat(post.selectFirst("pre.mermaid").wholeText()).isEqualTo("graph LR\n  SFT --> RM[Reward model]\n  RM --> PPO");
        String mermaid = post.selectFirst("script[src*=mermaid]").attr("src");
        assertThat(mermaid).matches("/assets/mermaid/mermaid\\.min\\.[0-9a-f]{8}\\.js");
        assertThat(site.exists(mermaid.substring(1))).isTrue();
        assertThat(site.html(SEED).select("script[src*=mermaid]")).isEmpty();
        assertThat(site.html(MATH).select("script[src*=mermaid]")).isEmpty();
    }

    @Test
    void emojiSingleTildesAndDetailsReachThePage() {
        Document post = site.html(RLHF);
        assertThat(post.selectFirst(".prose").text()).contains("KL이 폭발하면 학습을 멈춘다. \uD83D\uDD25");
        assertThat(post.select(".prose del").eachText()).containsExactly("셋", "다섯");
        assertThat(post.selectFirst(".prose details > summary").text()).isEqualTo("전체 로그");
    }

    @Test
    void withMathOffDollarsStayTextAndNoPageLoadsKatex() throws Exception {
        Path source = scratch.resolve("source");
        Files.createDirectories(source.resolve("blog"));
        Files.writeString(source.resolve("quire.yml"), "title: Shell\nmarkdown:\n  math: false\n");
        Files.writeString(source.resolve("blog/2025-01-02-shell.md"),
                "# Shell\n\nRun `ls` in $(pwd) for $5 and $x$.\n\n$$\na\n$$\n");
        BuiltSite shell = BuiltSite.build(source, scratch.resolve("built"));
        Document post = shell.html("blog/2025/01/02/shell/index.html");
        assertThat(post.selectFirst(".prose").text()).contains("in $(pwd) for $5 and $x$.");
        assertThat(post.select(".math, script[src*=katex], link[href*=katex]")).isEmpty();
    }

    /** The highlight.js URL quire.js loads after the page, or null when the page has no code. */
    private static String highlightScript(Document page) throws Exception {
        JsonNode config = new ObjectMapper().readTree(page.selectFirst("script#quire-config").data());
        return config.get("highlight").isNull() ? null : config.get("highlight").asText();
    }

    @Test
    void listsArePaginatedTenAPage() {
        Document first = site.html("blog/index.html");
        Document second = site.html("blog/page/2/index.html");

        assertThat(first.select(".entry")).hasSize(10);
        assertThat(second.select(".entry")).hasSize(2);
        assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/blog/page/2/");
        assertThat(second.selectFirst(".pager [aria-current=page]").text()).isEqualTo("2");
        assertThat(site.html("index.html").selectFirst(".home-intro__title").text()).isEqualTo("Papers Review");
    }

    @Test
    void theArchiveGroupsPostsByYear() {
        Document archive = site.html("blog/archive/index.html");

        assertThat(archive.select(".archive-year__title").eachText())
                .containsExactly("2025 글 10개", "2024 글 2개");
        assertThat(archive.selectFirst("title").text()).isEqualTo("보관함 | Papers Review");
        assertThat(archive.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("보관함");
        assertThat(site.html("blog/page/2/index.html").selectFirst("title").text())
                .isEqualTo("Papers Review · 2페이지 | Papers Review");
    }

    @Test
    void searchOpensOnlyWhenTheSiteHasAnIndex() {
        Element dialog = site.html("index.html").selectFirst("dialog#quire-search");

        assertThat(dialog.attr("data-index")).isEqualTo("/search/index.json");
        assertThat(site.exists("search/index.json")).isTrue();
        assertThat(site.html("index.html").selectFirst("button.search-open").hasAttr("hidden")).isTrue();
    }

    @Test
    void theNotFoundPageIsNotIndexed() {
        assertThat(site.html("404.html").selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void aCoverFromTheImagePluginIsTheLinkPreviewAndTheListPictureButNotShownOnThePost() {
        TestSite small = TestSite.in(scratch).post("blog/2025-11-28-cover.md", "---\ntitle: Cover\n"
                + "test-cover: {url: /blog/2025/11/28/cover/asset/fig.1a2b3c4d.png, width: 1600, height: 900}\n---\nText.");

        assertThat(small.build().success()).isTrue();

        Document post = org.jsoup.Jsoup.parse(small.output("blog/2025/11/28/cover/index.html"));
        assertThat(post.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://papers.example.org/blog/2025/11/28/cover/asset/fig.1a2b3c4d.png");
        assertThat(post.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(post.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(post.select(".post img")).as("the post shows only what its text shows, as in Docusaurus").isEmpty();
        Element card = org.jsoup.Jsoup.parse(small.output("blog/index.html")).selectFirst(".entry img.entry__cover");
        assertThat(card.attr("src")).isEqualTo("/blog/2025/11/28/cover/asset/fig.1a2b3c4d.png");
        assertThat(card.attr("width")).isEqualTo("1600");
        assertThat(card.attr("height")).isEqualTo("900");
    }

    @Test
    void paperCardsShowAndASiteOverrideReplacesThem() {
        TestSite small = TestSite.in(scratch).post("blog/2025-11-28-papers.md", "---\ntitle: Papers\n"
                + "test-papers: [{id: '2511.21541', title: Video Generation Models Are Good Latent Reward Models}]\n---\nText.");
        String post = "blog/2025/11/28/papers/index.html";

        BuildResult shipped = small.build();
        assertThat(TestSite.messages(shipped, Severity.WARNING)).isEmpty();
        assertThat(shipped.success()).isTrue();
        assertThat(org.jsoup.Jsoup.parse(small.output(post)).select(".paper-cards .paper-card")).hasSize(1);

        small.file("templates/partials/paper-cards.peb",
                "<section class=\"paper-cards\">{% for p in post.data.papers %}<p>{{ p.title }}</p>{% endfor %}</section>")
                .file("templates/papers.peb", "{% extends 'base' %}");
        assertThat(small.build().success()).isTrue();
        Document html = org.jsoup.Jsoup.parse(small.output(post));
        assertThat(html.select(".paper-cards p").text()).isEqualTo("Video Generation Models Are Good Latent Reward Models");
        assertThat(html.select(".paper-card")).isEmpty();
        assertThat(html.select(".site-nav a[href='/papers/']").text()).isEqualTo("논문");
    }
}
