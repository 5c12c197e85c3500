package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a post can get wrong about its files, and what the author is told. */
class BadInputTest {

    private static final String POST = "blog/2025-11-28-papers-review/";
    private static final String SOURCE = POST + "index.mdx";
    private static final String PAGE = "blog/2025/11/28/papers-review/index.html";

    @TempDir
    Path dir;

    private TestSite site(String body) {
        return TestSite.in(dir).file(POST + "asset/blog_20251127_img1.png", TestImages.png(320, 200))
                .post(SOURCE, body);
    }

    private static List<String> errors(BuildResult result) {
        assertThat(result.success()).isFalse();
        return TestSite.messages(result, Severity.ERROR);
    }

    private static List<String> warnings(BuildResult result) {
        assertThat(result.success()).as("%s", TestSite.messages(result, Severity.ERROR)).isTrue();
        return TestSite.messages(result, Severity.WARNING);
    }

    @Test
    void aMissingImportNamesTheLineAndTheClosestFileAndKeepsThePreviousSite() {
        TestSite site = site("import blog_20251127_img1 from './asset/blog_20251127_img1.png';\n\n# Title\n\nText.\n");
        assertThat(site.build().success()).isTrue();
        String previous = site.output(PAGE);

        site.post(SOURCE, "import blog_20251127_img1 from './asset/blog_20251127_img.png';\n\n# Title\n\nText.\n");
        assertThat(errors(site.build())).containsExactly(SOURCE + ":1: error: image './asset/blog_20251127_img.png' not found: "
                + "there is no " + POST + "asset/blog_20251127_img.png; did you mean './asset/blog_20251127_img1.png'?");
        assertThat(site.output(PAGE)).isEqualTo(previous);
    }

    @Test
    void aMissingMarkdownImageInAMisspelledFolder() {
        TestSite site = site("# Title\n\nText.\n\n![fig](./assets/Blog_20251127_img1.png)\n");
        assertThat(errors(site.build())).containsExactly(SOURCE + ":5: error: image './assets/Blog_20251127_img1.png' "
                + "not found: there is no " + POST + "assets/Blog_20251127_img1.png; did you mean './asset/blog_20251127_img1.png'?");
    }

    @Test
    void aMissingPictureInRawHtmlIsAWarningAsDocusaurusDoesNotCheckIt() {
        TestSite site = site("# Title\n\n<img src=\"/images/x.png\" alt=\"x\" />\n");
        assertThat(warnings(site.build())).containsExactly(SOURCE + ":3: warning: broken link /images/x.png: "
                + "no page or file at /images/x.png");
        assertThat(site.output(PAGE)).contains("src=\"/images/x.png\"");
        assertThat(site.build(o -> o.withStrict(true)).success()).isFalse();
    }

    @Test
    void aMissingFileWithNothingCloseSaysSoWithoutAGuess() {
        TestSite site = site("# Title\n\n<a href=\"./slides.pdf\">slides</a>\n");
        assertThat(errors(site.build())).containsExactly(SOURCE + ":3: error: linked file './slides.pdf' not found: "
                + "there is no " + POST + "slides.pdf");
    }

    @Test
    void aPathClimbingOutOfTheSiteIsRefused() throws IOException {
        Files.writeString(dir.resolve("outside.png"), "not for publishing");
        TestSite site = site("# Title\n\n<img src=\"../../../../../../../../etc/passwd\" />\n\n![x](../../../outside.png)\n\n"
                + "[notes](..%2F..%2F..%2Foutside.txt)\n");
        assertThat(errors(site.build())).containsExactly(
                SOURCE + ":3: error: image '../../../../../../../../etc/passwd' leads outside the site folder; "
                        + "a post may only use files inside the site folder, so it is not read",
                SOURCE + ":5: error: image '../../../outside.png' leads outside the site folder; "
                        + "a post may only use files inside the site folder, so it is not read",
                SOURCE + ":7: error: linked file '..%2F..%2F..%2Foutside.txt' leads outside the site folder; "
                        + "a post may only use files inside the site folder, so it is not read");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void anImportFromAnAbsolutePathIsRefused() {
        TestSite site = site("import secret from '/etc/passwd.png';\n\n# Title\n");
        assertThat(errors(site.build())).containsExactly(SOURCE + ":1: error: the import of 'secret' names the absolute "
                + "path '/etc/passwd.png'; a post may only use files inside the site folder: write a path relative to the post");
    }

    @Test
    void aRootedPathOnlyEverLooksInsideStatic() {
        TestSite site = site("# Title\n\n![passwd](/etc/passwd)\n");
        assertThat(errors(site.build())).containsExactly(SOURCE + ":3: error: image '/etc/passwd' not found: "
                + "there is no static/etc/passwd");
    }

    @Test
    void aSymbolicLinkPointingOutOfTheSiteIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.png"), TestImages.png(10, 10));
        TestSite site = site("# Title\n\n![a](./asset/escape.png)\n\n<img src=\"./linked/secret.png\" />\n");
        Files.createSymbolicLink(site.root().resolve(POST + "asset/escape.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(site.root().resolve(POST + "linked"), outside);
        assertThat(errors(site.build())).containsExactly(
                SOURCE + ":3: error: image './asset/escape.png' is, or goes through, a symbolic link that points outside "
                        + "the site folder; a post may only use files inside the site folder, so it is not read",
                SOURCE + ":5: error: image './linked/secret.png' is, or goes through, a symbolic link that points outside "
                        + "the site folder; a post may only use files inside the site folder, so it is not read");
    }

    @Test
    void aSymbolicLinkInsideTheSiteIsFollowed() throws IOException {
        TestSite site = site("# Title\n\n![a](./asset/alias.png)\n");
        Files.createSymbolicLink(site.root().resolve(POST + "asset/alias.png"), site.root().resolve(POST + "asset/blog_20251127_img1.png"));
        assertThat(warnings(site.build())).isEmpty();
        assertThat(Jsoup.parse(site.output(PAGE)).selectFirst("article img").attr("src"))
                .matches("/assets/images/blog_20251127_img1\\.[0-9a-f]{8}\\.png");
    }

    @Test
    void aBindingThatWasNeverImported() {
        TestSite site = site("# Title\n\nText.\n\n<img src={blog_img} />\n");
        assertThat(errors(site.build())).singleElement().asString()
                .startsWith(SOURCE + ":5: error: {blog_img} is used but never imported");
    }

    @Test
    void importedComponentsAreNamedOnceForTheImportAndOnceForTheirUse() {
        TestSite site = site("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n"
                + "import Chart from '@site/src/components/Chart';\n\n# Title\n\n"
                + "<Tabs>\n<TabItem value=\"a\">\n\nInside the tab.\n\n</TabItem>\n</Tabs>\n");
        BuildResult result = site.build();
        assertThat(warnings(result)).containsExactly(
                SOURCE + ":1: warning: the import of 'Tabs' from '@theme/Tabs' is ignored: it is a component, not an image or a file to publish",
                SOURCE + ":2: warning: the import of 'TabItem' from '@theme/TabItem' is ignored: it is a component, not an image or a file to publish",
                SOURCE + ":3: warning: the import of 'Chart' from '@site/src/components/Chart' is ignored: it is a component, not an image or a file to publish");
        // Tabs are one of the components Quire renders itself, so their use is no warning.
        assertThat(Jsoup.parse(site.output(PAGE)).selectFirst("article .tabs__panel").text()).contains("Inside the tab.");
    }

    @Test
    void anUnusedImportThatIsNotTheCoverIsMentioned() {
        TestSite site = site("---\nimage: ./asset/blog_20251127_img1.png\n---\nimport other from './asset/other.png';\n\n# Title\n")
                .file(POST + "asset/other.png", TestImages.png(20, 20));
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.INFO)).containsExactly(
                SOURCE + ":4: info: 'other' is imported but not used in the text; it is not published");
        try (Stream<Path> files = Files.list(site.out().resolve("assets/images"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("other"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBrokenImageIsWarnedAboutAndPublishedWithoutASize() throws IOException {
        byte[] cut = TestImages.slice(TestImages.png(320, 200), 0, 20);
        TestSite site = site("# Title\n\n![broken](./asset/broken.png)\n\n![pdf](./asset/not-a-picture.png)\n")
                .file(POST + "asset/broken.png", cut)
                .file(POST + "asset/not-a-picture.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        BuildResult result = site.build();
        assertThat(warnings(result)).containsExactly(
                POST + "asset/broken.png: warning: cannot read the image's width and height: the file ends inside its "
                        + "header (truncated); it is published without them",
                POST + "asset/not-a-picture.png: warning: cannot read the image's width and height: the file is not a "
                        + "PNG, JPEG, GIF, WebP or SVG image; it is published without them");
        Element img = Jsoup.parse(site.output(PAGE)).selectFirst("article img");
        assertThat(img.hasAttr("width")).isFalse();
        assertThat(Files.readAllBytes(site.out().resolve(img.attr("src").substring(1)))).isEqualTo(cut);
    }

    @Test
    void aWideImageThatCannotBeDecodedKeepsItsSizeButGetsNoCopies() {
        byte[] png = TestImages.png(1600, 900);
        TestSite site = site("# Title\n\n![cut](./asset/cut.png)\n")
                .file(POST + "asset/cut.png", TestImages.slice(png, 0, png.length / 2));
        BuildResult result = site.build();
        assertThat(warnings(result)).singleElement().asString()
                .startsWith(POST + "asset/cut.png: warning: the image cannot be decoded")
                .endsWith("; only the full-size image is published");
        Element img = Jsoup.parse(site.output(PAGE)).selectFirst("article img");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.hasAttr("srcset")).isFalse();
    }

    @Test
    void aFolderIsNotAFile() {
        TestSite site = site("# Title\n\n<img src=\"./asset\" alt=\"folder\" />\n");
        assertThat(errors(site.build())).containsExactly(SOURCE + ":3: error: image './asset' is a folder, not a file");
    }

    @Test
    void wrongSettingsAreNamed() {
        TestSite site = site("# Title\n").config(TestSite.DEFAULT_CONFIG + "images:\n  widths: [480, 5]\n");
        assertThat(errors(site.build())).contains("quire.yml: error: 'images.widths' must be whole numbers from 16 to "
                + "10000, not [5, 480]");
        site.config(TestSite.DEFAULT_CONFIG + "images:\n  quality: 2\n");
        assertThat(errors(site.build())).contains("quire.yml: error: 'images.quality' must be above 0 and at most 1 "
                + "(e.g. 0.82), not 2.0");
    }
}
