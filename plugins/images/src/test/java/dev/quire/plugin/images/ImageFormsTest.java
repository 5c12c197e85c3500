package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a post can name a picture or a file, built with the default theme. */
class ImageFormsTest {

    private static final String POST = "blog/2025-11-28-figures/";
    private static final String PAGE = "blog/2025/11/28/figures/index.html";
    private static final byte[] FIGURE = TestImages.png(1600, 900);
    private static final byte[] SMALL = TestImages.png(640, 480);

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir).file(POST + "asset/fig.png", FIGURE).file(POST + "asset/small.png", SMALL);
    }

    private TestSite post(String body) {
        return site().post(POST + "index.mdx", "# Figures\n\n" + body);
    }

    /** A CommonMark post (a {@code .md} file on a site that reads them so): HTML in it is raw HTML, where MDX reads JSX. */
    private TestSite markdownPost(String body) {
        return site().config(TestSite.DEFAULT_CONFIG + "markdown:\n  format: detect\n")
                .post(POST + "index.md", "# Figures\n\n" + body);
    }

    private static BuildResult built(TestSite site) {
        BuildResult result = site.build();
        assertThat(result.success()).as("%s", TestSite.messages(result, Severity.WARNING)).isTrue();
        return result;
    }

    private Elements select(TestSite site, String css) {
        return Jsoup.parse(site.output(PAGE)).select("article.post " + css);
    }

    private Element image(TestSite site) {
        Elements images = select(site, "img");
        assertThat(images).hasSize(1);
        return images.first();
    }

    /** The output file behind a URL path of the site. */
    private byte[] published(TestSite site, String url) throws IOException {
        return Files.readAllBytes(site.out().resolve(url.substring(1)));
    }

    @Test
    void importBindingInJsx() throws IOException {
        TestSite site = post("import fig from './asset/fig.png';\n\n<img src={fig} alt=\"The figure\" />\n");
        built(site);
        Element img = image(site);
        assertThat(img.attr("src")).matches("/assets/images/fig\\.[0-9a-f]{8}\\.png");
        assertThat(published(site, img.attr("src"))).isEqualTo(FIGURE);
        assertThat(img.attr("alt")).isEqualTo("The figure");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("900");
        assertThat(img.hasAttr("loading")).as("the first picture of a post loads at once").isFalse();
    }

    @Test
    void relativeMarkdownImage() throws IOException {
        TestSite site = post("Text before.\n\n![A small chart](./asset/small.png \"Chart title\")\n");
        built(site);
        Element img = image(site);
        assertThat(img.attr("src")).matches("/assets/images/small\\.[0-9a-f]{8}\\.png");
        assertThat(published(site, img.attr("src"))).isEqualTo(SMALL);
        assertThat(img.attr("alt")).isEqualTo("A small chart");
        assertThat(img.attr("title")).isEqualTo("Chart title");
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("480");
        assertThat(img.hasAttr("srcset")).as("640 px is not wider than 800").isFalse();
    }

    @Test
    void markdownImageNamingAnImportBinding() {
        TestSite site = post("import blog_20251127_img1 from './asset/small.png'\n\n![Overview](blog_20251127_img1)\n");
        built(site);
        assertThat(image(site).attr("src")).matches("/assets/images/small\\.[0-9a-f]{8}\\.png");
        assertThat(image(site).attr("alt")).isEqualTo("Overview");
    }

    @Test
    void rawHtmlKeepsEverythingButTheTagItRewrites() {
        String figure = "<figure class=\"wide\" data-x='1'>\n<img src=\"./asset/small.png\" alt=\"Chart\">\n"
                + "<figcaption>Results &amp; <em>errors</em></figcaption>\n</figure>";
        TestSite site = markdownPost(figure + "\n");
        built(site);
        String page = site.output(PAGE);
        assertThat(page).contains("<figure class=\"wide\" data-x='1'>\n<img src=\"/assets/images/small.")
                .contains("\" alt=\"Chart\" width=\"640\" height=\"480\">\n<figcaption>Results &amp; <em>errors</em></figcaption>\n</figure>");
    }

    @Test
    void inlineHtmlImageInsideAParagraph() {
        TestSite site = post("An icon <img src=\"./asset/small.png\" alt=\"icon\" width=\"32\" /> in the text.\n");
        built(site);
        Element img = image(site);
        assertThat(img.parent().tagName()).isEqualTo("p");
        assertThat(img.attr("width")).isEqualTo("32");
        assertThat(img.attr("height")).as("scaled like the picture: 32 × 480 / 640").isEqualTo("24");
    }

    @Test
    void picturesInsideDetailsArePublishedBothAsMarkdownAndAsJsx() throws IOException {
        TestSite site = post("<details>\n<summary>More</summary>\n\n![Chart](./asset/small.png)\n\n"
                + "<img src=\"./asset/fig.png\" alt=\"Figure\" />\n\n</details>\n");
        built(site);
        Elements images = select(site, "details img");
        assertThat(images).extracting(i -> i.attr("alt")).containsExactly("Chart", "Figure");
        assertThat(published(site, images.get(0).attr("src"))).isEqualTo(SMALL);
        assertThat(published(site, images.get(1).attr("src"))).isEqualTo(FIGURE);
        assertThat(images.get(1).attr("width")).isEqualTo("1600");
    }

    @Test
    void requireDefault() {
        TestSite site = post("<img src={require('./asset/small.png').default} alt=\"required\" />\n");
        built(site);
        assertThat(image(site).attr("src")).matches("/assets/images/small\\.[0-9a-f]{8}\\.png");
    }

    @Test
    void jsxAttributeQuirks() {
        TestSite site = post("import fig from \"./asset/fig.png\"\n\n"
                + "<img className=\"wide\" style={{width: '50%'}} src={fig} width={400} alt=\"quirks\"/>\n");
        built(site);
        Element img = image(site);
        assertThat(img.attr("class")).isEqualTo("wide");
        assertThat(img.attr("style")).contains("width").contains("50%");
        assertThat(img.attr("width")).isEqualTo("400");
        assertThat(img.attr("height")).isEqualTo("225");
        assertThat(img.attr("sizes")).isEqualTo("(max-width: 400px) 100vw, 400px");
    }

    @Test
    void staticPathKeepsItsPathUnderTheBaseUrl() throws IOException {
        TestSite site = post("![Logo](/img/logo.png)\n\n<img src=\"/img/logo.png\" alt=\"again\" />\n")
                .file("static/img/logo.png", SMALL);
        BuildResult result = site.build(o -> o.withBaseUrl("/papers/"));
        assertThat(result.success()).as("%s", TestSite.messages(result, Severity.WARNING)).isTrue();
        Elements images = select(site, "img");
        assertThat(images).extracting(e -> e.attr("src")).containsExactly("/papers/img/logo.png", "/papers/img/logo.png");
        assertThat(images).extracting(e -> e.attr("width")).containsExactly("640", "640");
        assertThat(site.hasOutput("img/logo.png")).isTrue();
        try (Stream<Path> files = Files.walk(site.out())) {
            assertThat(files.filter(f -> f.toString().contains("logo")).toList()).hasSize(1);
        }
    }

    @Test
    void siteAliasAndUseBaseUrlReachStaticFiles() {
        TestSite site = post("import logo from '@site/static/img/logo.png';\n\n<img src={logo} alt=\"alias\" />\n\n"
                + "<img src={useBaseUrl('/img/logo.png')} alt=\"base\" />\n")
                .file("static/img/logo.png", SMALL);
        BuildResult result = site.build(o -> o.withBaseUrl("/papers/"));
        assertThat(result.success()).as("%s", TestSite.messages(result, Severity.WARNING)).isTrue();
        assertThat(select(site, "img")).extracting(e -> e.attr("src") + " " + e.attr("width"))
                .containsExactly("/papers/img/logo.png 640", "/papers/img/logo.png 640");
    }

    @Test
    void fileLinkedThroughAnImportBindingAndThroughMarkdown() throws IOException {
        byte[] pdf = "%PDF-1.7\n% a paper\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        TestSite site = post("import paper from './paper.pdf';\n\n<a href={paper}>The paper (PDF)</a>\n\n"
                + "Also [as Markdown](./paper.pdf), [a page](./other.md) and [a site](https://example.org/x.pdf).\n")
                .file(POST + "paper.pdf", pdf);
        built(site);
        Elements links = select(site, "a:not(.hash-link)");
        assertThat(links).extracting(e -> e.attr("href")).hasSize(4);
        String href = links.get(0).attr("href");
        assertThat(href).matches("/assets/files/paper\\.[0-9a-f]{8}\\.pdf");
        assertThat(links.get(1).attr("href")).isEqualTo(href);
        assertThat(links.get(2).attr("href")).isEqualTo("./other.md");
        assertThat(links.get(3).attr("href")).isEqualTo("https://example.org/x.pdf");
        assertThat(published(site, href)).isEqualTo(pdf);
    }

    @Test
    void allButTheFirstPictureLoadLazily() {
        TestSite site = post("![one](./asset/small.png)\n\n<img src=\"./asset/fig.png\" alt=\"two\" />\n\n"
                + "![three](https://example.org/remote.png)\n");
        built(site);
        Elements images = select(site, "img");
        assertThat(images).extracting(e -> e.attr("loading")).containsExactly("", "lazy", "lazy");
        assertThat(images).extracting(e -> e.attr("decoding")).containsExactly("", "async", "async");
        assertThat(images.get(2).attr("src")).isEqualTo("https://example.org/remote.png");
    }

    @Test
    void widePicturesGetResizedCopiesNeverWiderThanThemselves() throws IOException {
        TestSite site = post("![wide](./asset/fig.png)\n\n![medium](./asset/medium.png)\n")
                .file(POST + "asset/medium.png", TestImages.png(1000, 600));
        built(site);
        Elements images = select(site, "img");
        String wide = images.get(0).attr("srcset");
        assertThat(wide).matches("/assets/images/fig-480w\\.[0-9a-f]{8}\\.png 480w, /assets/images/fig-960w\\.[0-9a-f]{8}\\.png 960w, "
                + "/assets/images/fig-1440w\\.[0-9a-f]{8}\\.png 1440w, /assets/images/fig\\.[0-9a-f]{8}\\.png 1600w");
        assertThat(images.get(0).attr("sizes")).isEqualTo("(max-width: 800px) 100vw, 800px");
        assertThat(images.get(1).attr("srcset")).matches(".*480w, .*960w, /assets/images/medium\\.[0-9a-f]{8}\\.png 1000w");
        for (String candidate : wide.split(", ")) {
            String[] parts = candidate.split(" ");
            int width = Integer.parseInt(parts[1].replace("w", ""));
            assertThat(TestImages.decode(published(site, parts[0])).getWidth()).isEqualTo(width);
        }
    }

    @Test
    void svgGetsItsSizeFromTheViewBoxAndNoCopies() {
        TestSite site = post("![diagram](./diagram.svg)\n")
                .file(POST + "diagram.svg", TestImages.svg("viewBox=\"0 0 1200 300\""));
        built(site);
        Element img = image(site);
        assertThat(img.attr("src")).matches("/assets/images/diagram\\.[0-9a-f]{8}\\.svg");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("300");
        assertThat(img.hasAttr("srcset")).isFalse();
    }

    @Test
    void identicalFilesArePublishedOnceUnderTheFirstName() throws IOException {
        TestSite site = site()
                .post("blog/2025-01-01-a.md", "# A\n\n![a](./a/chart.png)\n").file("blog/a/chart.png", SMALL)
                .post("blog/2025-01-02-b.md", "# B\n\n![b](./b/copy-of-chart.png)\n").file("blog/b/copy-of-chart.png", SMALL);
        built(site);
        String a = Jsoup.parse(site.output("blog/2025/01/01/a/index.html")).selectFirst("article img").attr("src");
        String b = Jsoup.parse(site.output("blog/2025/01/02/b/index.html")).selectFirst("article img").attr("src");
        assertThat(a).isEqualTo(b).matches("/assets/images/chart\\.[0-9a-f]{8}\\.png");
        try (Stream<Path> files = Files.list(site.out().resolve("assets/images"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly(a.substring("/assets/images/".length()));
        }
    }

    @Test
    void excerptsUseThePublishedImage() {
        TestSite site = post("![teaser](./asset/small.png) Teaser text.\n\n<!-- truncate -->\n\nMore.\n")
                .file("templates/partials/post-list.peb", "{% for entry in posts %}{{ entry.excerptHtml | raw }}{% endfor %}");
        built(site);
        String list = site.output("blog/index.html");
        assertThat(Jsoup.parse(list).selectFirst("main img").attr("src")).matches("/assets/images/small\\.[0-9a-f]{8}\\.png");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        TestSite site = post("import fig from './asset/fig.png';\n\n![x](fig)\n\n<img src=\"./asset/small.png\" alt=\"y\" />\n");
        built(site);
        List<String> first = snapshot(site.out());
        Path cache = site.root().resolve(".quire");
        deleteTree(cache);
        built(site);
        assertThat(snapshot(site.out())).isEqualTo(first);
    }

    static List<String> snapshot(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return out.relativize(f) + " " + java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
                } catch (IOException | java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
