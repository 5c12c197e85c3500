package dev.quire.plugin.feeds;

import static dev.quire.plugin.feeds.SampleSite.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code feeds:} settings, and the sites the plugin must refuse or handle specially. */
class FeedsSettingsTest {

    private static final String POST = "blog/2025-11-28-review.md";
    private static final String POST_TEXT = "# 2025-11-28 review\n\nFirst part.\n\n<!-- truncate -->\n\nSecond part.\n";

    @TempDir
    Path dir;

    @Test
    void settingsChooseFormatsLimitExcerptsAndTagFeeds() {
        TestSite site = SampleSite.in(dir).config("""
                title: Papers
                url: https://papers.example.org
                language: ko
                feeds:
                  formats: [rss, json]
                  limit: 1
                  content: excerpt
                  title: Daily papers
                  description: One paper a day
                  tag-feeds: false
                """);
        assertSucceeds(site.build());

        Channel rss = FeedFiles.rss(site, "blog/rss.xml");
        assertThat(rss.getTitle()).isEqualTo("Daily papers");
        assertThat(rss.getDescription()).isEqualTo("One paper a day");
        assertThat(rss.getCopyright()).isNull();
        assertThat(rss.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getTitle()).isEqualTo("2025-11-28 papers review");
            assertThat(item.getContent()).isNull();
            assertThat(item.getDescription().getValue()).contains("Reward Feedback learning").doesNotContain("Details");
        });
        assertThat(site.output("blog/rss.xml")).doesNotContain("content:encoded");
        JsonNode json = FeedFiles.json(site, "blog/feed.json");
        assertThat(json.path("items")).singleElement().satisfies(item ->
                assertThat(item.path("content_html").asText()).contains("Reward Feedback learning").doesNotContain("Details"));
        assertThat(site.hasOutput("blog/atom.xml")).isFalse();
        assertThat(site.hasOutput("blog/tags/papers/rss.xml")).isFalse();
        assertThat(Jsoup.parse(site.output("index.html")).select("head link[rel=alternate]"))
                .extracting(link -> link.attr("href")).containsExactly("/blog/rss.xml", "/blog/feed.json");
    }

    @Test
    void aSiteWithoutUrlStopsWithAClearMessage() throws IOException {
        TestSite site = TestSite.in(dir).config("title: Papers\nlanguage: ko\n").post(POST, POST_TEXT);
        Files.createDirectories(site.out());
        Files.writeString(site.out().resolve("previous.html"), "the previous build");
        Files.writeString(site.out().resolve(".quire-build"), "");

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .contains("quire.yml")
                .contains("feeds and the sitemap need absolute URLs")
                .contains("--base-url https://")
                .doesNotContain("Exception");
        assertThat(site.output("previous.html")).isEqualTo("the previous build");
    }

    @Test
    void baseUrlOptionSuppliesTheAddressAndASubPath() {
        TestSite site = TestSite.in(dir).config("title: Papers\nlanguage: ko\n").post(POST, POST_TEXT);

        assertSucceeds(site.build(options -> options.withBaseUrl("https://example.github.io/papers/")));

        Channel rss = FeedFiles.rss(site, "blog/rss.xml");
        assertThat(rss.getLink()).isEqualTo("https://example.github.io/papers/blog/");
        assertThat(rss.getItems()).extracting(Item::getLink)
                .containsExactly("https://example.github.io/papers/blog/2025/11/28/review/");
        assertThat(FeedFiles.sitemap(site)).contains("https://example.github.io/papers/blog/2025/11/28/review/ 2025-11-28");
        assertThat(Jsoup.parse(site.output("index.html")).select("link[rel=alternate]").first().attr("href"))
                .isEqualTo("/papers/blog/rss.xml");
        // Crawlers read robots.txt only at the root of a host, never under /papers/.
        assertThat(site.hasOutput("robots.txt")).isFalse();
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "feeds:\n  formats: [rss, rdf]\n")
                .post(POST, POST_TEXT);

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .contains("quire.yml:5").contains("feeds.formats.1").contains("rss, atom, json");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "feeds:\n  limit: 0\n").post(POST, POST_TEXT);

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .contains("'feeds.limit' must be at least 1");
    }

    @Test
    void aStaticSitemapClashesButAStaticRobotsTxtIsKept() {
        TestSite site = TestSite.in(dir).post(POST, POST_TEXT)
                .file("static/robots.txt", "User-agent: *\nDisallow: /private/\n");
        assertSucceeds(site.build());
        assertThat(site.output("robots.txt")).isEqualTo("User-agent: *\nDisallow: /private/\n");

        site.file("static/sitemap.xml", "<urlset/>");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .contains("two files for 'sitemap.xml'").contains("static/");
    }

    @Test
    void aSiteWithoutPostsGetsASitemapButNoEmptyFeeds() {
        TestSite site = TestSite.in(dir).file("pages/about.md", "# About\n\nHello.\n");

        assertSucceeds(site.build());

        assertThat(site.hasOutput("blog/rss.xml")).isFalse();
        assertThat(site.hasOutput("blog/feed.json")).isFalse();
        assertThat(site.output("about/index.html")).doesNotContain("rel=\"alternate\"");
        assertThat(FeedFiles.sitemap(site)).contains(BASE + "/about/ -");
    }

    @Test
    void everythingOffNeedsNoUrl() {
        TestSite site = TestSite.in(dir).config("title: Papers\nfeeds:\n  formats: []\n  sitemap: false\n")
                .post(POST, POST_TEXT);

        assertSucceeds(site.build());

        assertThat(site.hasOutput("blog/rss.xml")).isFalse();
        assertThat(site.hasOutput("sitemap.xml")).isFalse();
        assertThat(site.output("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
    }

    @Test
    void theSameSiteGivesByteIdenticalFiles() throws IOException {
        TestSite site = SampleSite.in(dir);
        List<String> files = List.of("blog/rss.xml", "blog/atom.xml", "blog/feed.json", "blog/tags/papers/atom.xml",
                "sitemap.xml", "robots.txt");
        assertSucceeds(site.build());
        List<byte[]> first = read(site, files);

        assertSucceeds(site.build());

        assertThat(read(site, files)).containsExactlyElementsOf(first);
    }

    private static List<byte[]> read(TestSite site, List<String> files) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (String file : files) {
            contents.add(Files.readAllBytes(site.out().resolve(file)));
        }
        return contents;
    }

    private static void assertSucceeds(BuildResult result) {
        assertThat(result.success()).as(TestSite.messages(result, Severity.INFO).toString()).isTrue();
    }
}
