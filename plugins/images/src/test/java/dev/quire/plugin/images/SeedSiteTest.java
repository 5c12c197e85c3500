package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.plugin.Digest;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference post, as its author wrote it, built end to end with the default theme. */
class SeedSiteTest {

    private static final String POST = "blog/2025-11-28-papers-review/";
    private static final String IMAGE = POST + "asset/blog_20251127_img1.png";

    static TestSite seedSite(Path dir) throws IOException {
        TestSite site = TestSite.in(dir);
        for (String file : new String[] {"quire.yml", POST + "index.mdx", IMAGE}) {
            try (InputStream in = SeedSiteTest.class.getResourceAsStream("/seed-site/" + file)) {
                site.file(file, in.readAllBytes());
            }
        }
        return site;
    }

    @Test
    void publishesTheImportedImageUnderAHashedNameAsThePostsCover(@TempDir Path dir)
            throws IOException {
        TestSite site = seedSite(dir).file("templates/post.peb", CoverTest.OPEN_GRAPH_TEMPLATE);
        BuildResult result = site.build();

        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.INFO)).containsExactly(
                POST + "index.mdx:1: info: 'blog_20251127_img1' is imported but not used in the text; "
                        + "it is the post's cover image");
        byte[] original = Files.readAllBytes(site.root().resolve(IMAGE));
        String hash = Digest.of(original, 0, original.length).substring(0, 8);
        String published = "assets/images/blog_20251127_img1." + hash + ".png";
        assertThat(Files.readAllBytes(site.out().resolve(published))).isEqualTo(original);

        Document page = Jsoup.parse(site.output("blog/2025/11/28/papers-review/index.html"));
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://papers.example.org/" + published);
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("900");
        assertThat(page.selectFirst("meta[property=og:image:type]").attr("content")).isEqualTo("image/png");
        assertThat(page.select("article img")).as("the post shows the image nowhere, as in Docusaurus").isEmpty();
        assertThat(Jsoup.parse(site.output("blog/index.html")).select(".entry img.entry__cover").attr("src"))
                .as("the list shows it as the post's picture")
                .matches("/assets/images/blog_20251127_img1\\.[0-9a-f]{8}\\.png");
        assertThat(page.select("article h2")).hasSize(3);
    }

    @Test
    void aReferenceToTheBindingShowsTheSameFile(@TempDir Path dir) throws IOException {
        TestSite site = seedSite(dir);
        String post = Files.readString(site.root().resolve(POST + "index.mdx"));
        site.post(POST + "index.mdx", post + "\n<img src={blog_20251127_img1} alt=\"Figure 1\" />\n");
        BuildResult result = site.build();

        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.INFO)).isEmpty();
        String src = Jsoup.parse(site.output("blog/2025/11/28/papers-review/index.html")).selectFirst("article img").attr("src");
        assertThat(src).matches("/assets/images/blog_20251127_img1\\.[0-9a-f]{8}\\.png");
    }
}
