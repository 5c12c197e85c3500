package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .post("blog/2025-11-27-target.md", "# Target\n\n## 요약 부분\n\nText.\n")
                .file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("pages/about.md", "# About\n\nUs.\n");
    }

    @Test
    void linksToExistingPagesFilesAndAnchorsPass() {
        TestSite site = site().post("blog/2025-11-28-links.mdx", """
                # Links

                [post](/blog/2025/11/27/target) [slash](/blog/2025/11/27/target/) [anchor](/blog/2025/11/27/target#요약-부분)
                [relative](../../27/target/) [about](/about/) [logo](/img/logo.svg) [home](/) [tags](/blog/)
                [here](#section) <a href="/about">raw</a> [ext](https://arxiv.org/abs/1706.03762) [mail](mailto:a@b.c)

                ## Section
                """);
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
    }

    @Test
    void brokenLinksAndAnchorsAreWarningsAtTheirLine() {
        TestSite site = site().post("blog/2025-11-28-links.md", """
                # Links

                [gone](/blog/does-not-exist)

                <img src="/img/missing.png" alt="x" />

                [bad anchor](/blog/2025/11/27/target#nope) [self](#nowhere)
                """);
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).containsExactlyInAnyOrder(
                "blog/2025-11-28-links.md:3: warning: broken link /blog/does-not-exist: no page or file at /blog/does-not-exist",
                "blog/2025-11-28-links.md:5: warning: broken link /img/missing.png: no page or file at /img/missing.png",
                "blog/2025-11-28-links.md:7: warning: broken link /blog/2025/11/27/target#nope: blog/2025-11-27-target.md has no anchor #nope",
                "blog/2025-11-28-links.md:7: warning: broken link #nowhere: blog/2025-11-28-links.md has no anchor #nowhere");
        assertThat(site.build(o -> o.withStrict(true)).success()).isFalse();
    }

    @Test
    void relativeImagesInJsxAreCheckedToo() {
        TestSite site = site().post("blog/2025-11-28-fig/index.mdx",
                "import fig from './asset/fig.png';\n\n# Fig\n\n<img src={fig} alt=\"x\" />\n");
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.WARNING)).containsExactly(
                "blog/2025-11-28-fig/index.mdx:5: warning: broken link ./asset/fig.png: no page or file at "
                        + "/blog/2025/11/28/fig/asset/fig.png");
    }

    @Test
    void urlsWithSpacesAreEncodedForHtmlAndStillChecked() {
        TestSite site = site().post("blog/2025-11-26-with space.md", "# Spaced\n\nText.\n")
                .post("blog/2025-11-28-links.md", "# Links\n\n[spaced](./2025-11-26-with space.md) "
                        + "[direct](/blog/2025/11/26/with%20space/)\n");
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(site.output("blog/2025/11/28/links/index.html")).contains("href=\"/blog/2025/11/26/with%20space/\"");
        assertThat(site.hasOutput("blog/2025/11/26/with space/index.html")).isTrue();
    }

    @Test
    void markdownFileLinksBecomeUrlsTheDocusaurusWay() {
        TestSite site = site().post("blog/2025-11-28-links.md",
                "# Links\n\n[previous](./2025-11-27-target.md#요약-부분) and [missing](./nope.md)\n");
        BuildResult result = site.build();
        // Written percent-encoded, as remark writes every link's address.
        assertThat(site.output("blog/2025/11/28/links/index.html"))
                .contains("href=\"/blog/2025/11/27/target/#%EC%9A%94%EC%95%BD-%EB%B6%80%EB%B6%84\"");
        assertThat(TestSite.messages(result, Severity.WARNING)).containsExactlyInAnyOrder(
                "blog/2025-11-28-links.md:3: warning: the link ./nope.md points at a Markdown file that is not a post or page of this site");
    }
}
