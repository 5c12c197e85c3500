package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover: front matter first, then the first picture; read by the default theme through post.data.cover. */
class CoverTest {

    /** The default theme prints the Open Graph image; this override adds the cover's copies and size, which it does not. */
    static final String OPEN_GRAPH_TEMPLATE = """
            {% extends "parent:post" %}
            {% block head %}
            {% set cover = post.data.cover %}
            {% if cover is not null and cover.srcset is not null %}<meta name="cover-srcset" content="{{ cover.srcset }}">{% endif %}
            {% if cover is not null and cover.length is not null %}<meta name="cover-length" content="{{ cover.length }}">{% endif %}
            {% endblock %}
            """;
    private static final String POST = "blog/2025-03-04-cover/";
    private static final String PAGE = "blog/2025/03/04/cover/index.html";

    @TempDir
    Path dir;

    private Document build(String post) {
        TestSite site = TestSite.in(dir).file("templates/post.peb", OPEN_GRAPH_TEMPLATE)
                .file(POST + "first.png", TestImages.png(1200, 630))
                .file(POST + "second.png", TestImages.png(300, 200))
                .file(POST + "cover.jpg", TestImages.jpeg(1000, 500, false))
                .file("static/img/social.png", TestImages.png(800, 418))
                .post(POST + "index.md", post);
        BuildResult result = site.build();
        assertThat(result.success()).as("%s", TestSite.messages(result, Severity.WARNING)).isTrue();
        return Jsoup.parse(site.output(PAGE));
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void theFrontMatterImageWinsAndIsPublished() {
        Document page = build("---\nimage: ./cover.jpg\n---\n# Cover\n\n![first](./first.png)\n");
        assertThat(meta(page, "og:image")).matches("https://papers\\.example\\.org/assets/images/cover\\.[0-9a-f]{8}\\.jpg");
        assertThat(meta(page, "og:image:width")).isEqualTo("1000");
        assertThat(meta(page, "og:image:height")).isEqualTo("500");
        assertThat(meta(page, "og:image:type")).isEqualTo("image/jpeg");
        assertThat(page.selectFirst("meta[name=cover-length]").attr("content"))
                .as("the published file's size in bytes, for feeds' enclosures")
                .isEqualTo(String.valueOf(TestImages.jpeg(1000, 500, false).length));
    }

    @Test
    void aStaticFrontMatterImageKeepsItsPath() {
        Document page = build("---\nimage: /img/social.png\n---\n# Cover\n\nText.\n");
        assertThat(meta(page, "og:image")).isEqualTo("https://papers.example.org/img/social.png");
        assertThat(meta(page, "og:image:width")).isEqualTo("800");
    }

    @Test
    void anAbsoluteUrlInTheFrontMatterStaysAsItIs() {
        Document page = build("---\nimage: https://cdn.example.org/card.png\n---\n# Cover\n\n![first](./first.png)\n");
        assertThat(meta(page, "og:image")).isEqualTo("https://cdn.example.org/card.png");
        assertThat(meta(page, "og:image:width")).isNull();
        assertThat(page.selectFirst("meta[name=cover-length]")).as("unknown for a file of another host").isNull();
    }

    @Test
    void withoutFrontMatterTheFirstPictureIsTheCoverWithItsAltAndCopies() {
        Document page = build("# Cover\n\nText.\n\n![The first figure](./first.png)\n\n<img src=\"./second.png\" alt=\"second\" />\n");
        assertThat(meta(page, "og:image")).matches("https://papers\\.example\\.org/assets/images/first\\.[0-9a-f]{8}\\.png");
        assertThat(meta(page, "og:image:alt")).isEqualTo("The first figure");
        assertThat(page.selectFirst("meta[name=cover-srcset]").attr("content"))
                .matches("/assets/images/first-480w\\.[0-9a-f]{8}\\.png 480w, /assets/images/first-960w\\.[0-9a-f]{8}\\.png 960w, "
                        + "/assets/images/first\\.[0-9a-f]{8}\\.png 1200w");
    }

    @Test
    void aRawHtmlPictureCanBeTheCover() {
        Document page = build("# Cover\n\n<img src=\"./second.png\" alt=\"only html\" />\n");
        assertThat(meta(page, "og:image")).matches(".*/assets/images/second\\.[0-9a-f]{8}\\.png");
        assertThat(meta(page, "og:image:alt")).isEqualTo("only html");
    }

    @Test
    void aPostWithoutPicturesHasNoCover() {
        Document page = build("# Cover\n\nJust text, and [a link](https://example.org/x.png).\n");
        assertThat(meta(page, "og:image")).isNull();
    }
}
