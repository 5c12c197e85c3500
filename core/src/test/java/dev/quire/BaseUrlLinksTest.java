package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absolute links in posts get the site's base URL, as Docusaurus's {@code Link} gives it to them. */
class BaseUrlLinksTest {

    @TempDir
    Path dir;

    @Test
    void absoluteLinksInMarkdownAndRawHtmlGetTheBaseUrlOnce() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "base-url: /site/\n")
                .post("blog/2025-11-27-target.md", "# Target\n\nText.\n")
                .file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("pages/about.md", "# About\n\nUs.\n")
                .post("blog/2025-11-28-links.mdx", """
                        # Links

                        [post](/blog/2025/11/27/target) ![logo](/img/logo.svg) [already](/site/about/) [home](/site)
                        [relative](../../27/target) [ext](https://arxiv.org/abs/1706.03762) [host](//example.org/x)

                        <a href="/about/">raw</a> <img alt="logo" src="/img/logo.svg" />

                        [ref][r]

                        [r]: /about/
                        """);
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(site.output("blog/2025/11/28/links/index.html"))
                .contains("href=\"/site/blog/2025/11/27/target\"", "src=\"/site/img/logo.svg\" alt=\"logo\"",
                        "href=\"/site/about/\">already", "href=\"/site\">home", "href=\"../../27/target\"",
                        "href=\"https://arxiv.org/abs/1706.03762\"", "href=\"//example.org/x\"",
                        "<a href=\"/site/about/\">raw</a>", "<img alt=\"logo\" src=\"/site/img/logo.svg\" />",
                        "href=\"/site/about/\">ref")
                .doesNotContain("/site/site/");
    }

    @Test
    void sitesAtTheRootOfTheirHostKeepLinksAsWritten() {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-links.md", "# Links\n\n<a href=\"/about/\">raw</a>\n")
                .file("pages/about.md", "# About\n\nUs.\n");
        site.build();
        assertThat(site.output("blog/2025/11/28/links/index.html")).contains("<a href=\"/about/\">raw</a>");
    }
}
