package dev.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quire:build run in process on real sites, with the bundled theme. */
class BuildMojoTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private BuildMojo mojo(TestSite site) {
        BuildMojo mojo = new BuildMojo();
        mojo.setLog(log);
        mojo.projectDirectory = dir.toFile();
        mojo.siteDirectory = site.root().toFile();
        mojo.outputDirectory = site.out().toFile();
        return mojo;
    }

    @Test
    void buildsTheSiteAndSaysWhatItWrote() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");

        mojo(site).execute();

        assertThat(site.output("blog/2025/01/02/hello/index.html")).contains("First post.");
        assertThat(log.lines()).first().isEqualTo("[INFO] Building the site in " + site.root().toRealPath());
        assertThat(log.lines()).last().asString()
                .startsWith("[INFO] Built 1 post and 0 pages into " + site.out() + ": ")
                .containsPattern("\\d+ files, [\\d.]+ KB, in [\\d.]+ s$");
    }

    @Test
    void leavesAnUpToDateSiteAloneUnlessToldToBuildItClean() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.")
                .age(Duration.ofHours(1));
        mojo(site).execute();

        mojo(site).execute();
        assertThat(log.lines()).last().isEqualTo("[INFO] " + site.out()
                + " is up to date: nothing changed since the last build (-Dquire.clean to build it all again)");

        BuildMojo clean = mojo(site);
        clean.clean = true;
        clean.execute();
        assertThat(log.lines()).last().asString().startsWith("[INFO] Built 1 post and 0 pages into ");
    }

    @Test
    void passesTheBaseUrlAndDraftsOn() throws Exception {
        TestSite site = TestSite.in(dir)
                .post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.")
                .post("blog/2025-01-03-later.md", "---\ndraft: true\n---\n# Later\n\nNot yet.");
        BuildMojo mojo = mojo(site);
        mojo.baseUrl = "https://user.github.io/repo/";
        mojo.drafts = true;

        mojo.execute();

        assertThat(site.output("blog/2025/01/02/hello/index.html"))
                .contains("href=\"https://user.github.io/repo/blog/2025/01/02/hello/\"");
        assertThat(site.hasOutput("blog/2025/01/03/later/index.html")).isTrue();
    }

    @Test
    void takesTheBaseUrlThatGitHubPagesGivesWithoutTrailingSlash() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");
        BuildMojo mojo = mojo(site);
        mojo.baseUrl = "https://user.github.io/repo";

        mojo.execute();

        assertThat(site.output("blog/2025/01/02/hello/index.html"))
                .contains("href=\"https://user.github.io/repo/blog/2025/01/02/hello/\"")
                .contains("href=\"/repo/\"");
    }

    @Test
    void logsWarningsWithFileAndLine() throws Exception {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "colour: teal\n")
                .post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");

        mojo(site).execute();

        assertThat(log.lines()).contains("[WARNING] quire.yml:4: unknown setting 'colour' is ignored");
        assertThat(log.lines()).last().asString().startsWith("[INFO] Built 1 post and 0 pages, 1 warning into ");
    }

    @Test
    void failsOnErrorsWithFileAndLineAndKeepsThePreviousSite() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");
        mojo(site).execute();
        site.post("blog/2025-01-03-broken.mdx", "# Broken\n\n<img src={missing} />\n");

        assertThatThrownBy(() -> mojo(site).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Quire found 1 error; " + site.out() + " was left as it was:" + System.lineSeparator()
                        + "blog/2025-01-03-broken.mdx:3: error: {missing} is used but never imported; add "
                        + "`import missing from './file.png';` or fix the name")
                .hasNoCause();
        assertThat(site.output("blog/2025/01/02/hello/index.html")).contains("First post.");
        assertThat(site.hasOutput("blog/2025/01/03/broken/index.html")).isFalse();
    }

    @Test
    void strictTurnsWarningsIntoAFailure() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "colour: teal\n")
                .post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");
        BuildMojo mojo = mojo(site);
        mojo.strict = true;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Quire found 1 error and 1 warning; " + site.out() + " was left as it was:"
                        + System.lineSeparator() + "quire.yml:4: warning: unknown setting 'colour' is ignored"
                        + System.lineSeparator() + "error: strict mode: the warnings above count as errors");
        assertThat(log.lines()).contains("[WARNING] quire.yml:4: unknown setting 'colour' is ignored");
        assertThat(site.hasOutput("index.html")).isFalse();
    }

    @Test
    void skipDoesNothing() throws Exception {
        TestSite site = TestSite.in(dir).config("not: [valid");
        BuildMojo mojo = mojo(site);
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping Quire (quire.skip)");
        assertThat(Files.exists(site.out())).isFalse();
    }
}
