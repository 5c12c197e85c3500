package dev.quire.cli;

import static dev.quire.cli.InProcessCli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.cli.InProcessCli.Result;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .post("blog/2025-11-28-review.md", "# Review\n\n## Part one\n\nSee [the other post](/blog/2025/11/27/other#why).\n")
                .post("blog/2025-11-27-other.md", "# Other\n\n## Why\n\nBecause. Back to [the review](../../28/review/#part-one).\n")
                .post("pages/about.md", "# About\n\nUs.\n");
    }

    private static List<String> lines(Result result) {
        return HostileInputMatrixTest.problemLines(result.err());
    }

    @Test
    void aSoundSiteChecksCleanAndNothingIsWritten() {
        TestSite site = site();
        Result result = cli("check", site.root().toString(), "--offline");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Checked 2 posts and 1 page (").contains("): no broken links");
        assertThat(site.root().resolve("build")).doesNotExist();
    }

    @Test
    void brokenLinksInPostsAreErrors() {
        TestSite site = site().post("blog/2025-11-29-broken.md", "# Broken\n\n[x](/blog/does-not-exist) [y](/about/#team)\n");
        Result result = cli("check", site.root().toString(), "--offline");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(lines(result)).contains(
                "blog/2025-11-29-broken.md:3: error: broken link /blog/does-not-exist: no page or file at /blog/does-not-exist",
                "blog/2025-11-29-broken.md:3: error: broken link /about/#team: pages/about.md has no anchor #team",
                "quire: check failed with 2 errors; nothing was published");
    }

    @Test
    void aLinkToAMissingMarkdownFileIsOneErrorAtTheLineItWasWritten() {
        TestSite site = site().post("blog/2025-11-29-broken.md", "# Broken\n\n[notes](./notes.md)\n");
        Result result = cli("check", site.root().toString(), "--offline");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(lines(result)).containsExactly(
                "blog/2025-11-29-broken.md:3: error: the link ./notes.md points at a Markdown file that is not a post or page of this site",
                "quire: check failed with 1 error; nothing was published");
    }

    @Test
    void linksThatTemplatesWriteAreCheckedOnEveryBuiltPage() {
        TestSite site = site().file("templates/page.peb", """
                <!DOCTYPE html>
                <html lang="en"><head><title>{{ page.title }}</title></head>
                <body>
                <a href="{{ site.url('/blog/') }}">blog</a>
                <a href="/gone/">gone</a> <a href="#content">skip</a>
                <img src="/img/logo.png" srcset="/img/logo.png 1x, /img/logo@2x.png 2x" alt="">
                <main>{{ content.html | raw }}</main>
                </body></html>
                """);
        Result result = cli("check", site.root().toString(), "--offline");
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(lines(result)).contains(
                "about/index.html:5: error: the built page links to /gone/, which leads nowhere: no page or file at /gone/",
                "about/index.html:5: error: the built page links to #content, which leads nowhere: "
                        + "about/index.html has no element with id \"content\"",
                "about/index.html:6: error: the built page links to /img/logo.png, which leads nowhere: "
                        + "no page or file at /img/logo.png",
                "about/index.html:6: error: the built page links to /img/logo@2x.png, which leads nowhere: "
                        + "no page or file at /img/logo@2x.png");
    }

    @Test
    void theBuildItselfOnlyWarnsAboutBrokenLinksAndDoesNotReadItsPagesBack() {
        TestSite site = site().post("blog/2025-11-29-broken.md", "# Broken\n\n[x](/blog/does-not-exist)\n");
        Result result = cli("build", site.root().toString(), "--out", site.out().toString(), "--offline");
        assertThat(result.exit()).isZero();
        assertThat(lines(result)).containsExactly(
                "blog/2025-11-29-broken.md:3: warning: broken link /blog/does-not-exist: no page or file at /blog/does-not-exist");
    }
}
