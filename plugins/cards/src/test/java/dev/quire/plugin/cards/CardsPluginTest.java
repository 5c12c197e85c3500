package dev.quire.plugin.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.diagnostics.Severity;
import dev.quire.plugin.cards.draw.CardPainter;
import dev.quire.plugin.cards.draw.CardText;
import dev.quire.testing.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built with the default theme, the images and the arXiv plugins: a post without a picture gets a
 * card as its link preview, one with a picture keeps it, and cards are drawn once.
 */
class CardsPluginTest {

    private static final String REVIEW = "blog/2025-11-28-review.md";
    private static final String REVIEW_PAGE = "blog/2025/11/28/review/index.html";
    private static final String COVERED_PAGE = "blog/2025/11/27/covered/index.html";
    private static final String PAPERS = """
            {"format": 1, "papers": [{"id": "1512.03385", "title": "Deep Residual Learning for Image Recognition",
              "authors": ["Kaiming He"], "summary": "Deeper networks.", "published": "2015-12-10T19:51:55Z",
              "primaryCategory": "cs.CV", "categories": ["cs.CV"]}]}
            """;

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        return TestSite.in(dir)
                .file("papers.json", PAPERS)
                .post(REVIEW, review("2025-11-28 논문 리뷰"))
                .file("blog/2025-11-27-covered/fig.png", png())
                .post("blog/2025-11-27-covered/index.md", "---\nimage: ./fig.png\n---\n# Covered\n\nText.\n");
    }

    private static String review(String title) {
        return "# " + title + "\n\n[ResNet](https://arxiv.org/abs/1512.03385)을 다시 읽었다.\n";
    }

    @Test
    void aPostWithoutAPictureHasItsCardAsLinkPreview() throws IOException {
        TestSite site = site();

        BuildResult result = site.build();

        assertThat(result.success()).as("%s", result.diagnostics()).isTrue();
        Document page = Jsoup.parse(site.output(REVIEW_PAGE));
        String image = page.selectFirst("meta[property=og:image]").attr("content");
        assertThat(image).matches("https://papers\\.example\\.org/blog/2025/11/28/review/card\\.[0-9a-f]{8}\\.png");
        assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(image);
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("630");
        assertThat(page.selectFirst("meta[property=og:image:type]").attr("content")).isEqualTo("image/png");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("2025-11-28 논문 리뷰");

        BufferedImage card = ImageIO.read(site.out().resolve(image.substring("https://papers.example.org/".length())).toFile());
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(result.counts()).containsEntry("cards drawn", 1L);
    }

    @Test
    void aPostWithAPictureKeepsItsOwn() throws IOException {
        TestSite site = site();

        assertThat(site.build().success()).isTrue();

        Document page = Jsoup.parse(site.output(COVERED_PAGE));
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .matches("https://papers\\.example\\.org/assets/images/fig\\.[0-9a-f]{8}\\.png");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("64");
        try (Stream<Path> files = Files.walk(site.out().resolve("blog/2025/11/27/covered"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("card."));
        }
    }

    @Test
    void aSecondBuildDrawsNoCard() throws IOException {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        String before = site.output(REVIEW_PAGE);
        // Another post changes, so the build runs rather than finding the site up to date.
        site.post("blog/2025-11-27-covered/index.md", "---\nimage: ./fig.png\n---\n# Covered\n\nOther text.\n")
                .age(Duration.ofMinutes(1));

        BuildResult second = site.build();

        assertThat(second.upToDate()).isFalse();
        assertThat(second.counts()).containsEntry("cards drawn", 0L).containsEntry("cards reused", 1L);
        assertThat(site.output(REVIEW_PAGE)).isEqualTo(before);
    }

    @Test
    void aRebuildInASessionDrawsNoCard() throws IOException {
        TestSite site = site();
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).counts()).containsEntry("cards drawn", 1L);

        BuildResult again = session.build(d -> { });

        assertThat(again.counts()).containsEntry("cards drawn", 0L).containsEntry("cards reused", 1L);
    }

    @Test
    void aChangedTitleGetsANewCardAndTheOldOneLeavesTheCache() throws IOException {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        List<Path> before = cached(site);
        String oldImage = ogImage(site);
        assertThat(before).hasSize(1);

        site.post(REVIEW, review("2025-11-28 논문 리뷰, 고쳐 쓴 제목")).age(Duration.ofMinutes(1));
        BuildResult changed = site.build();

        assertThat(changed.counts()).containsEntry("cards drawn", 1L).containsEntry("cards reused", 0L);
        List<Path> after = cached(site);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(ogImage(site)).isNotEqualTo(oldImage);
        assertThat(site.out().resolve(oldImage.substring("https://papers.example.org/".length()))).doesNotExist();
    }

    @Test
    void theCardShowsThePapersOfThePost() throws IOException {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        byte[] withPaper = Files.readAllBytes(cached(site).get(0));

        site.file("papers.json", PAPERS.replace("Deep Residual Learning", "Shallow Residual Learning"))
                .age(Duration.ofMinutes(1));
        BuildResult renamed = site.build();

        assertThat(renamed.counts()).containsEntry("cards drawn", 1L);
        assertThat(Files.readAllBytes(cached(site).get(0))).isNotEqualTo(withPaper);
    }

    @Test
    void charactersNoFontHasAreNamedWhenTheCardIsDrawn() throws IOException {
        // U+0378 is not assigned to any character: no font has it.
        TestSite site = site().post(REVIEW, review("Unassigned \u0378 here")).age(Duration.ofMinutes(1));

        BuildResult first = site.build();

        assertThat(TestSite.messages(first, Severity.INFO)).anySatisfy(message -> assertThat(message)
                .contains("1 social card(s) leave out characters no font here can draw: " + REVIEW + " (\u0378)"));
        assertThat(TestSite.messages(first, Severity.WARNING)).isEmpty();
    }

    @Test
    void aPaperPagePreviewsWithThePictureOrCardOfTheNewestPostAboutIt() throws IOException {
        TestSite site = site()
                .file("papers.json", PAPERS.replace("]}]}", """
                        ]}, {"id": "1706.03762", "title": "Attention Is All You Need", "authors": ["Ashish Vaswani"],
                          "published": "2017-06-12T17:57:34Z", "primaryCategory": "cs.CL", "categories": ["cs.CL"]}]}
                        """))
                .post("blog/2025-11-27-covered/index.md", "---\nimage: ./fig.png\n---\n# Covered\n\n"
                        + "[ResNet](https://arxiv.org/abs/1512.03385) and [attention](https://arxiv.org/abs/1706.03762).\n")
                .age(Duration.ofHours(2));
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();

        Document resNet = Jsoup.parse(site.output("papers/1512.03385/index.html"));
        assertThat(resNet.selectFirst("meta[property=og:image]").attr("content")).as("the newest post's card")
                .isEqualTo(ogImage(site)).contains("/blog/2025/11/28/review/card.");
        assertThat(resNet.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(ogImage(site));
        assertThat(resNet.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(resNet.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(resNet.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("2025-11-28 논문 리뷰");
        Document attention = Jsoup.parse(site.output("papers/1706.03762/index.html"));
        assertThat(attention.selectFirst("meta[property=og:image]").attr("content")).as("the newest post's picture")
                .isEqualTo(Jsoup.parse(site.output(COVERED_PAGE)).selectFirst("meta[property=og:image]").attr("content"))
                .contains("/assets/images/fig.");

        String oldCard = ogImage(site);
        site.post(REVIEW, review("2025-11-28 논문 리뷰, 고쳐 쓴 제목")).age(REVIEW, Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();

        assertThat(ogImage(site)).isNotEqualTo(oldCard);
        assertThat(Jsoup.parse(site.output("papers/1512.03385/index.html")).selectFirst("meta[property=og:image]")
                .attr("content")).as("the paper's page follows the post's new card").isEqualTo(ogImage(site));
    }

    @Test
    void theRowForPapersACardLeavesOutIsInTheSiteLanguage() throws IOException {
        List<String> titles = List.of("First Paper", "Second Paper", "Third Paper", "Fourth Paper");
        StringBuilder papers = new StringBuilder("{\"format\": 1, \"papers\": [");
        StringBuilder post = new StringBuilder("# Four papers\n\n");
        for (int i = 1; i <= titles.size(); i++) {
            String id = "2511.0000" + i;
            papers.append(i > 1 ? ", " : "").append("{\"id\": \"").append(id).append("\", \"title\": \"")
                    .append(titles.get(i - 1)).append("\", \"authors\": [\"A\"], \"published\": \"2025-11-01T00:00:00Z\", ")
                    .append("\"primaryCategory\": \"cs.CL\", \"categories\": [\"cs.CL\"]}");
            post.append("[Paper ").append(i).append("](https://arxiv.org/abs/").append(id).append(")\n\n");
        }
        papers.append("]}");
        CardPainter painter = new CardPainter();
        TestSite site = TestSite.in(dir).file("papers.json", papers.toString()).post("blog/2025-11-28-four.md", post.toString());

        // One site whose language changes: a card kept from the last build must not keep its words.
        for (String[] language : new String[][] {{"ko", "외 2편"}, {"en", "+2 more"}, {"de", "+2 weitere"}}) {
            site.config(TestSite.DEFAULT_CONFIG.replace("language: ko", "language: " + language[0]))
                    .age(Duration.ofMinutes(1));
            assertThat(site.build().success()).isTrue();

            String card = Jsoup.parse(site.output("blog/2025/11/28/four/index.html"))
                    .selectFirst("meta[property=og:image]").attr("content");
            assertThat(Files.readAllBytes(site.out().resolve(card.substring("https://papers.example.org/".length()))))
                    .as(language[0]).isEqualTo(painter.png(new CardText("Test Papers", "Four papers", "2025-11-28", titles,
                            language[1])));
        }
    }

    @Test
    void noCardsWhenTurnedOff() throws IOException {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "cards:\n  enabled: false\n");

        BuildResult result = site.build();

        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(Jsoup.parse(site.output(REVIEW_PAGE)).selectFirst("meta[property=og:image]")).isNull();
        assertThat(Jsoup.parse(site.output(REVIEW_PAGE)).selectFirst("meta[name=twitter:card]").attr("content"))
                .isEqualTo("summary");
    }

    private static String ogImage(TestSite site) {
        return Jsoup.parse(site.output(REVIEW_PAGE)).selectFirst("meta[property=og:image]").attr("content");
    }

    private static List<Path> cached(TestSite site) throws IOException {
        try (Stream<Path> files = Files.walk(site.root().resolve(".quire/cache/cards"))) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
