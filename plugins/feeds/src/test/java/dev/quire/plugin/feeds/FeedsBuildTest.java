package dev.quire.plugin.feeds;

import static dev.quire.plugin.feeds.SampleSite.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds {@link SampleSite} once, with drafts, and reads every feed back as readers would. */
class FeedsBuildTest {

    private static final String REVIEW = BASE + "/blog/2025/11/28/papers-review";
    private static final String ESCAPING = BASE + "/blog/2025/11/27/escaping";
    private static final String OLDER = BASE + "/blog/2025/11/26/older";
    private static final String ESCAPED_TITLE = "Less <than> & more, bell";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = SampleSite.in(dir);
        BuildResult result = site.build(options -> options.withDrafts(true));
        assertThat(result.success()).as(TestSite.messages(result, Severity.WARNING).toString()).isTrue();
        // Copying ./asset/ images is the images plugin's work, which these tests leave out.
        assertThat(TestSite.messages(result, Severity.WARNING)).allMatch(m -> m.contains("broken link ./asset/"));
    }

    @Test
    void rssChannelDescribesTheBlogAndDatesItByItsNewestItem() {
        Channel rss = FeedFiles.rss(site, "blog/rss.xml");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).isEqualTo("논문 리뷰 & <Notes>");
        assertThat(rss.getLink()).isEqualTo(BASE + "/blog/");
        assertThat(rss.getDescription()).isEqualTo("매일 읽은 논문을 정리합니다");
        assertThat(rss.getLanguage()).isEqualTo("ko");
        assertThat(rss.getCopyright()).isEqualTo("CC BY 4.0");
        // The escaping post states a last update on 2025-12-02, later than every publication date.
        assertThat(rss.getLastBuildDate()).isEqualTo(date("2025-12-02T00:00:00Z"));
        assertThat(rss.getForeignMarkup()).singleElement().satisfies(self -> {
            assertThat(self.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(self.getAttributeValue("rel")).isEqualTo("self");
            assertThat(self.getAttributeValue("href")).isEqualTo(BASE + "/blog/rss.xml");
        });
    }

    @Test
    void rssItemsArePublicPostsNewestFirstWithDocusaurusGuids() {
        List<Item> items = FeedFiles.rss(site, "blog/rss.xml").getItems();
        assertThat(items).extracting(Item::getTitle, Item::getLink, i -> i.getGuid().getValue(), i -> i.getGuid().isPermaLink(),
                Item::getPubDate).containsExactly(
                tuple("2025-11-28 papers review", REVIEW + "/", REVIEW, true, date("2025-11-28T00:00:00Z")),
                tuple(ESCAPED_TITLE, ESCAPING + "/", ESCAPING, true, date("2025-11-27T00:00:00Z")),
                tuple("Older post", OLDER + "/", OLDER, true, date("2025-11-26T00:00:00Z")));
    }

    @Test
    void rssItemCarriesWholePostWithAbsoluteLinksAndExcerptAsDescription() {
        Item review = FeedFiles.rss(site, "blog/rss.xml").getItems().get(0);
        String html = review.getContent().getValue();
        assertThat(html)
                .contains("src=\"" + REVIEW + "/asset/figure.png\"")
                .contains("href=\"" + BASE + "/blog/archive/\"")
                .contains("href=\"" + REVIEW + "/#details\"")
                .contains("href=\"" + OLDER + "/\"")
                .contains("srcset=\"" + REVIEW + "/asset/a.png 1x, " + REVIEW + "/asset/a@2x.png 2x\"")
                .contains("href=\"https://huggingface.co/papers/2511.21541\"")
                .contains("언어 이해는 단순히 표면적 의미를 추출하는 것을 넘어")
                .doesNotContain("src=\"./", "href=\"/", "href=\"#");
        assertThat(review.getDescription().getValue())
                .contains("Reward Feedback learning 방식은 human preference에 큰 도움이 됨.")
                .doesNotContain("Video Generation");
        assertThat(review.getCategories()).extracting(Category::getValue).containsExactly("papers", "한국어");
        assertThat(((DCModule) review.getModule(DCModule.URI)).getCreators()).containsExactly("김민지");
    }

    @Test
    void rssItemCarriesCoverAndPapers() {
        Item review = FeedFiles.rss(site, "blog/rss.xml").getItems().get(0);
        assertThat(review.getEnclosures()).singleElement().satisfies(enclosure -> {
            assertThat(enclosure.getUrl()).isEqualTo(REVIEW + "/asset/cover.png");
            assertThat(enclosure.getType()).isEqualTo("image/png");
            assertThat(enclosure.getLength()).as("the cover file's size in bytes").isEqualTo(2048);
        });
        List<Element> foreign = review.getForeignMarkup();
        assertThat(foreign).filteredOn(e -> e.getName().equals("thumbnail"))
                .extracting(e -> e.getNamespaceURI(), e -> e.getAttributeValue("url"))
                .containsExactly(tuple("http://search.yahoo.com/mrss/", REVIEW + "/asset/cover.png"));
        assertThat(foreign).filteredOn(e -> e.getName().equals("link"))
                .extracting(e -> e.getAttributeValue("rel"), e -> e.getAttributeValue("href"), e -> e.getAttributeValue("title"))
                .containsExactly(
                        tuple("related", "https://arxiv.org/abs/2511.21541", "Paper 2511.21541 <on> reward & latents"),
                        tuple("related", "https://arxiv.org/abs/2511.19757", "Paper 2511.19757 <on> reward & latents"));
        Item older = FeedFiles.rss(site, "blog/rss.xml").getItems().get(2);
        assertThat(older.getEnclosures()).isEmpty();
        assertThat(older.getForeignMarkup()).isEmpty();
    }

    @Test
    void markupCharactersAreEscapedOnceAndForbiddenCharactersRemoved() {
        String xml = site.output("blog/rss.xml");
        assertThat(xml).contains("<title>Less &lt;than&gt; &amp; more, bell</title>")
                .contains("<title>논문 리뷰 &amp; &lt;Notes&gt;</title>")
                .doesNotContain("\u0007", "\u000B");
        Item escaping = FeedFiles.rss(site, "blog/rss.xml").getItems().get(1);
        assertThat(escaping.getTitle()).isEqualTo(ESCAPED_TITLE);
        assertThat(escaping.getContent().getValue())
                .contains("a &lt; b &amp;&amp; c &gt; d, with a verticaltab and <code>&lt;tag&gt;</code>");
        assertThat(site.output("blog/atom.xml")).doesNotContain("\u0007", "\u000B");
        assertThat(site.output("blog/feed.json")).doesNotContain("\\u0007", "\\u000B");
    }

    @Test
    void atomFeedHasIdsDatesContentSummaryAndLinks() {
        Feed atom = FeedFiles.atom(site, "blog/atom.xml");
        assertThat(atom.getId()).isEqualTo(BASE + "/blog");
        assertThat(atom.getTitle()).isEqualTo("논문 리뷰 & <Notes>");
        assertThat(atom.getUpdated()).isEqualTo(date("2025-12-02T00:00:00Z"));
        assertThat(atom.getRights()).isEqualTo("CC BY 4.0");
        assertThat(atom.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(tuple("self", BASE + "/blog/atom.xml"));
        assertThat(FeedFiles.xml(site.output("blog/atom.xml")).getRootElement()
                .getAttributeValue("lang", Namespace.XML_NAMESPACE)).isEqualTo("ko");

        List<Entry> entries = atom.getEntries();
        assertThat(entries).extracting(Entry::getId, e -> e.getTitleEx().getValue(), Entry::getPublished, Entry::getUpdated)
                .containsExactly(
                        tuple(REVIEW, "2025-11-28 papers review", date("2025-11-28T00:00:00Z"), date("2025-11-28T00:00:00Z")),
                        tuple(ESCAPING, ESCAPED_TITLE, date("2025-11-27T00:00:00Z"), date("2025-12-02T00:00:00Z")),
                        tuple(OLDER, "Older post", date("2025-11-26T00:00:00Z"), date("2025-11-26T00:00:00Z")));

        Entry review = entries.get(0);
        assertThat(review.getAlternateLinks()).extracting(Link::getHref).containsExactly(REVIEW + "/");
        assertThat(review.getOtherLinks()).extracting(Link::getRel, Link::getHref, Link::getType).containsExactly(
                tuple("enclosure", REVIEW + "/asset/cover.png", "image/png"),
                tuple("related", "https://arxiv.org/abs/2511.21541", "text/html"),
                tuple("related", "https://arxiv.org/abs/2511.19757", "text/html"));
        assertThat(review.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo("html");
            assertThat(content.getValue()).contains("src=\"" + REVIEW + "/asset/figure.png\"");
        });
        assertThat(review.getSummary().getValue()).contains("Reward Feedback learning");
        assertThat(review.getAuthors()).singleElement().satisfies(author -> {
            assertThat(author.getName()).isEqualTo("김민지");
            assertThat(author.getUri()).isEqualTo(BASE + "/about/");
            assertThat(author.getEmail()).isEqualTo("minji@example.org");
        });
        assertThat(review.getCategories()).extracting(com.rometools.rome.feed.atom.Category::getTerm)
                .containsExactly("papers", "한국어");
        assertThat(entries.get(2).getAuthors()).extracting(a -> a.getName(), a -> a.getUri())
                .containsExactly(tuple("Jane Roe", "https://jane.example.org"));
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        JsonNode feed = FeedFiles.json(site, "blog/feed.json");
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asText()).isEqualTo("논문 리뷰 & <Notes>");
        assertThat(feed.path("home_page_url").asText()).isEqualTo(BASE + "/blog/");
        assertThat(feed.path("feed_url").asText()).isEqualTo(BASE + "/blog/feed.json");
        assertThat(feed.path("language").asText()).isEqualTo("ko");
        List<JsonNode> items = StreamSupport.stream(feed.path("items").spliterator(), false).toList();
        assertThat(items).extracting(i -> i.path("id").asText(), i -> i.path("url").asText(), i -> i.path("title").asText(),
                i -> i.path("date_published").asText(), i -> i.path("date_modified").asText(null))
                .containsExactly(
                        tuple(REVIEW, REVIEW + "/", "2025-11-28 papers review", "2025-11-28T00:00:00Z", null),
                        tuple(ESCAPING, ESCAPING + "/", ESCAPED_TITLE, "2025-11-27T00:00:00Z", "2025-12-02T00:00:00Z"),
                        tuple(OLDER, OLDER + "/", "Older post", "2025-11-26T00:00:00Z", null));
        JsonNode review = items.get(0);
        assertThat(review.path("content_html").asText()).contains("src=\"" + REVIEW + "/asset/figure.png\"");
        assertThat(review.path("summary").asText())
                .isEqualTo("Reward Feedback learning 방식은 human preference에 큰 도움이 됨.");
        assertThat(review.path("image").asText()).isEqualTo(REVIEW + "/asset/cover.png");
        assertThat(review.path("tags")).extracting(JsonNode::asText).containsExactly("papers", "한국어");
        assertThat(review.path("authors")).extracting(a -> a.path("name").asText(), a -> a.path("url").asText())
                .containsExactly(tuple("김민지", BASE + "/about/"));
        assertThat(review.path("_papers")).extracting(p -> p.path("url").asText())
                .containsExactly("https://arxiv.org/abs/2511.21541", "https://arxiv.org/abs/2511.19757");
        assertThat(items.get(1).path("content_html").asText()).contains("a &lt; b &amp;&amp; c &gt; d");
    }

    @Test
    void eachTagWithPublicPostsHasItsOwnFeeds() {
        Channel papers = FeedFiles.rss(site, "blog/tags/papers/rss.xml");
        assertThat(papers.getTitle()).isEqualTo("papers | 논문 리뷰 & <Notes>");
        assertThat(papers.getLink()).isEqualTo(BASE + "/blog/tags/papers/");
        assertThat(papers.getItems()).extracting(Item::getLink).containsExactly(REVIEW + "/", ESCAPING + "/");

        Feed misc = FeedFiles.atom(site, "blog/tags/misc/atom.xml");
        assertThat(misc.getId()).isEqualTo(BASE + "/blog/tags/misc");
        assertThat(misc.getEntries()).extracting(Entry::getId).containsExactly(OLDER);
        assertThat(FeedFiles.json(site, "blog/tags/misc/feed.json").path("items")).hasSize(1);

        Channel korean = FeedFiles.rss(site, "blog/tags/한국어/rss.xml");
        assertThat(korean.getItems()).extracting(Item::getLink).containsExactly(REVIEW + "/");
        assertThat(korean.getForeignMarkup().get(0).getAttributeValue("href"))
                .isEqualTo(BASE + "/blog/tags/%ED%95%9C%EA%B5%AD%EC%96%B4/rss.xml");

        // Only the draft carries "secret": its tag page exists under --drafts, its feeds must not.
        assertThat(site.hasOutput("blog/tags/secret/index.html")).isTrue();
        assertThat(site.hasOutput("blog/tags/secret/rss.xml")).isFalse();
    }

    @Test
    void draftsAndUnlistedPostsAppearInNoFeed() {
        assertThat(site.hasOutput("blog/2025/11/29/draft/index.html")).isTrue();
        assertThat(site.hasOutput("blog/2025/11/30/unlisted/index.html")).isTrue();
        for (String path : List.of("blog/rss.xml", "blog/atom.xml", "blog/feed.json", "blog/tags/papers/rss.xml",
                "blog/tags/papers/atom.xml", "blog/tags/papers/feed.json")) {
            assertThat(site.output(path)).as(path).doesNotContain("draft", "Secret", "unlisted", "Unlisted");
        }
    }

    @Test
    void sitemapListsExactlyThePublicPages() {
        assertThat(FeedFiles.sitemap(site)).containsExactly(
                BASE + "/ -",
                BASE + "/about/ -",
                BASE + "/blog/ -",
                BASE + "/blog/2025/11/26/older/ 2025-11-26",
                BASE + "/blog/2025/11/27/escaping/ 2025-12-02",
                BASE + "/blog/2025/11/28/papers-review/ 2025-11-28",
                BASE + "/blog/archive/ -",
                BASE + "/blog/authors/ -",
                BASE + "/blog/authors/minji/ -",
                BASE + "/blog/page/2/ -",
                BASE + "/blog/tags/ -",
                BASE + "/blog/tags/%ED%95%9C%EA%B5%AD%EC%96%B4/ -",
                BASE + "/blog/tags/misc/ -",
                BASE + "/blog/tags/papers/ -");
    }

    @Test
    void robotsTxtPointsAtTheSitemap() {
        assertThat(site.output("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "/sitemap.xml\n");
    }

    @Test
    void everyPageAnnouncesTheFeedsInItsHead() {
        for (String page : List.of("index.html", "blog/2025/11/28/papers-review/index.html", "about/index.html",
                "blog/tags/papers/index.html", "blog/tags/secret/index.html")) {
            assertThat(alternateLinks(site, page)).as(page).startsWith(
                    tuple("application/rss+xml", "논문 리뷰 & <Notes> RSS Feed", "/blog/rss.xml"),
                    tuple("application/atom+xml", "논문 리뷰 & <Notes> Atom Feed", "/blog/atom.xml"),
                    tuple("application/feed+json", "논문 리뷰 & <Notes> JSON Feed", "/blog/feed.json"));
        }
        for (String page : List.of("index.html", "blog/2025/11/28/papers-review/index.html", "about/index.html")) {
            assertThat(alternateLinks(site, page)).as(page).hasSize(3);
        }
        assertThat(site.output("index.html")).contains("title=\"논문 리뷰 &amp; &lt;Notes&gt; RSS Feed\"");
    }

    @Test
    void tagPagesAnnounceTheTagsOwnFeedsToo() {
        assertThat(alternateLinks(site, "blog/tags/papers/index.html")).hasSize(6).endsWith(
                tuple("application/rss+xml", "papers | 논문 리뷰 & <Notes> RSS Feed", "/blog/tags/papers/rss.xml"),
                tuple("application/atom+xml", "papers | 논문 리뷰 & <Notes> Atom Feed", "/blog/tags/papers/atom.xml"),
                tuple("application/feed+json", "papers | 논문 리뷰 & <Notes> JSON Feed", "/blog/tags/papers/feed.json"));
        assertThat(alternateLinks(site, "blog/tags/한국어/index.html")).contains(tuple("application/rss+xml",
                "한국어 | 논문 리뷰 & <Notes> RSS Feed", "/blog/tags/%ED%95%9C%EA%B5%AD%EC%96%B4/rss.xml"));
        // The draft-only tag has a page under --drafts but no feeds, so nothing to announce.
        assertThat(alternateLinks(site, "blog/tags/secret/index.html")).hasSize(3);
    }

    @Test
    void everyPageOfATagAnnouncesItsFeedsUnderTheBaseUrl(@TempDir Path other) {
        TestSite small = SampleSite.in(other).config("""
                title: Notes
                url: https://example.org
                blog:
                  posts-per-page: 1
                """);
        assertThat(small.build(options -> options.withBaseUrl("/notes/")).success()).isTrue();

        for (String page : List.of("blog/tags/papers/index.html", "blog/tags/papers/page/2/index.html")) {
            assertThat(alternateLinks(small, page)).as(page).contains(tuple("application/atom+xml",
                    "papers | Notes Atom Feed", "/notes/blog/tags/papers/atom.xml"));
        }
    }

    @Test
    void underTrailingSlashFalseFeedsAndTheSitemapLinkPagesWithoutTheSlash(@TempDir Path other) {
        TestSite small = SampleSite.in(other).config("title: Notes\nurl: https://example.org\ntrailing-slash: false\n");
        assertThat(small.build().success()).isTrue();

        String review = "https://example.org/blog/2025/11/28/papers-review";
        Channel rss = FeedFiles.rss(small, "blog/rss.xml");
        assertThat(rss.getLink()).isEqualTo("https://example.org/blog");
        assertThat(rss.getItems().get(0).getLink()).isEqualTo(review);
        assertThat(rss.getItems().get(0).getGuid().getValue()).isEqualTo(review);
        assertThat(FeedFiles.json(small, "blog/feed.json").get("items").get(0).get("url").asText()).isEqualTo(review);
        assertThat(FeedFiles.atom(small, "blog/tags/papers/atom.xml").getAlternateLinks().get(0).getHref())
                .isEqualTo("https://example.org/blog/tags/papers");
        assertThat(FeedFiles.sitemap(small)).contains("https://example.org/ -", "https://example.org/blog -",
                review + " 2025-11-28", "https://example.org/blog/tags/papers -", "https://example.org/about -");
    }

    @Test
    void withoutTagFeedsTagPagesAnnounceOnlyTheBlogsFeeds(@TempDir Path other) {
        TestSite small = SampleSite.in(other).config("""
                title: Notes
                url: https://example.org
                feeds:
                  tag-feeds: false
                """);
        assertThat(small.build().success()).isTrue();

        assertThat(small.hasOutput("blog/tags/papers/rss.xml")).isFalse();
        assertThat(alternateLinks(small, "blog/tags/papers/index.html")).extracting(t -> t.toList().get(2))
                .containsExactly("/blog/rss.xml", "/blog/atom.xml", "/blog/feed.json");
    }

    /** The type, title and href of each {@code <link rel="alternate">} in the head of {@code page}. */
    private static List<org.assertj.core.groups.Tuple> alternateLinks(TestSite built, String page) {
        Document html = Jsoup.parse(built.output(page));
        return html.select("head link[rel=alternate]").stream()
                .map(l -> tuple(l.attr("type"), l.attr("title"), l.attr("href"))).toList();
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
