package dev.quire.plugin.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsoluteUrlsTest {

    private static final String PAGE = "https://papers.example.org/blog/2025/11/28/review/";

    @Test
    void resolvesRelativeRootedAndFragmentLinksAgainstThePage() {
        assertThat(AbsoluteUrls.resolve(PAGE, "./asset/x.png")).isEqualTo(PAGE + "asset/x.png");
        assertThat(AbsoluteUrls.resolve(PAGE, "../../27/older/")).isEqualTo("https://papers.example.org/blog/2025/11/27/older/");
        assertThat(AbsoluteUrls.resolve(PAGE, "/blog/tags/ml/")).isEqualTo("https://papers.example.org/blog/tags/ml/");
        assertThat(AbsoluteUrls.resolve(PAGE, "#details")).isEqualTo(PAGE + "#details");
        assertThat(AbsoluteUrls.resolve(PAGE, "?page=2")).isEqualTo(PAGE + "?page=2");
        assertThat(AbsoluteUrls.resolve(PAGE, "//cdn.example.org/x.js")).isEqualTo("https://cdn.example.org/x.js");
    }

    @Test
    void leavesAbsoluteLinksAsWritten() {
        for (String link : new String[] {"https://arxiv.org/abs/2511.21541", "mailto:me@example.org",
                "data:image/png;base64,AAAA", "https://ko.wikipedia.org/wiki/논문", ""}) {
            assertThat(AbsoluteUrls.resolve(PAGE, link)).isEqualTo(link);
        }
    }

    @Test
    void encodesKoreanAndSpacesButKeepsEscapesQueriesAndFragments() {
        assertThat(AbsoluteUrls.resolve(PAGE, "./그림 1.png?v=가#끝"))
                .isEqualTo(PAGE + "%EA%B7%B8%EB%A6%BC%201.png?v=%EA%B0%80#%EB%81%9D");
        assertThat(AbsoluteUrls.resolve(PAGE, "./a%20b.png")).isEqualTo(PAGE + "a%20b.png");
    }

    @Test
    void rewritesOnlyUrlAttributesOfElements() {
        String html = "<p><a href=\"../../27/older/\">older</a> <img src=\"./x.png\" alt=\"./x.png\"> "
                + "<code>&lt;a href=\"./code\"&gt;</code> ./text.png</p>"
                + "<!-- <a href=\"./comment\"> --><video poster=\"./p.jpg\"><source src=\"./v.mp4\"></video>";
        assertThat(AbsoluteUrls.html(html, PAGE)).isEqualTo(
                "<p><a href=\"https://papers.example.org/blog/2025/11/27/older/\">older</a> "
                        + "<img src=\"" + PAGE + "x.png\" alt=\"./x.png\"> "
                        + "<code>&lt;a href=\"./code\"&gt;</code> ./text.png</p>"
                        + "<!-- <a href=\"./comment\"> --><video poster=\"" + PAGE + "p.jpg\"><source src=\"" + PAGE
                        + "v.mp4\"></video>");
    }

    @Test
    void resolvesEveryCandidateOfASrcset() {
        assertThat(AbsoluteUrls.srcset(PAGE, "./a.png 480w, ./a,b.png 960w,/c.png 2x, https://x.org/d.png"))
                .isEqualTo(PAGE + "a.png 480w, " + PAGE + "a,b.png 960w, https://papers.example.org/c.png 2x, "
                        + "https://x.org/d.png");
        assertThat(AbsoluteUrls.srcset(PAGE, "  ./only.png  ")).isEqualTo(PAGE + "only.png");
    }
}
