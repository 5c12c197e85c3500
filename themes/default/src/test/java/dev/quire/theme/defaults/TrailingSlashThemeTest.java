package dev.quire.theme.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under {@code trailing-slash: false} every link the theme writes is {@code /x}, and pages are {@code x.html}. */
class TrailingSlashThemeTest {

    @TempDir
    Path dir;

    @Test
    void everyLinkAndFileFollowsTrailingSlashFalse() {
        BuiltSite site = BuiltSite.build(BuiltSite.testSite(), "trailing-slash: false\n", dir);
        Document post = site.html("blog/2025/11/21/diffusion-objectives.html");

        String url = "https://papers.example.org/blog/2025/11/21/diffusion-objectives";
        assertThat(post.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(post.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(post.selectFirst(".post-nav a[rel=prev]").attr("href")).isEqualTo("/blog/2025/11/28/papers-review");
        assertThat(post.select(".post-meta a[href*=/tags/], .post-tags a").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).doesNotEndWith("/"));
        assertThat(post.select("header a").eachAttr("href")).contains("/", "/blog", "/blog/tags", "/blog/archive",
                "/blog/authors");
        assertThat(post.select("a[href^=/blog/authors/]").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).doesNotEndWith("/"));

        Document list = site.html("blog.html");
        assertThat(list.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/blog/page/2");
        assertThat(site.exists("blog/page/2.html")).isTrue();
        assertThat(site.exists("blog/tags.html")).isTrue();
        assertThat(site.exists("blog/archive.html")).isTrue();
        assertThat(site.exists("about.html")).isTrue();
        assertThat(site.exists("index.html")).isTrue();
        assertThat(site.exists("blog/2025/11/21/diffusion-objectives/index.html")).isFalse();
        assertThat(searchResults(site)).contains("\"url\":\"/blog/2025/11/21/diffusion-objectives\"")
                .doesNotContain("diffusion-objectives/\"");
    }

    /** Every result the search index can show, as its JSON. */
    private static String searchResults(BuiltSite site) {
        try (Stream<Path> chunks = Files.list(site.out().resolve("search/docs"))) {
            return chunks.sorted().map(chunk -> site.text("search/docs/" + chunk.getFileName())).collect(Collectors.joining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
