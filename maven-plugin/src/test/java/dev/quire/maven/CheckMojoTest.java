package dev.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quire:check run in process on real sites: it builds, reports, and leaves nothing behind. */
class CheckMojoTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo(TestSite site) {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.projectDirectory = dir.toFile();
        mojo.siteDirectory = site.root().toFile();
        mojo.buildDirectory = dir.resolve("target").toFile();
        return mojo;
    }

    @Test
    void passesAGoodSiteAndLeavesNoOutput() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");

        mojo(site).execute();

        assertThat(log.lines()).containsExactly(
                "[INFO] Checking the site in " + site.root().toRealPath(),
                "[INFO] No errors in 1 post and 0 pages");
        assertThat(dir.resolve("target")).isEmptyDirectory();
        assertThat(site.root().resolve("build")).doesNotExist();
    }

    @Test
    void failsOnErrorsWithFileAndLineAndLeavesNoOutput() {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-broken.md", "---\ndate: someday\n---\n# Broken\n");

        assertThatThrownBy(() -> mojo(site).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Quire found 1 error; nothing was published:" + System.lineSeparator()
                        + "blog/2025-01-02-broken.md:2: error: ");
        assertThat(dir.resolve("target")).isEmptyDirectory();
    }

    @Test
    void brokenLinksFailTheCheckThoughABuildOnlyWarns() {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-links.md", "# Links\n\n[gone](/blog/does-not-exist)\n");

        assertThatThrownBy(() -> mojo(site).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Quire found 1 error; nothing was published:" + System.lineSeparator()
                        + "blog/2025-01-02-links.md:3: error: broken link /blog/does-not-exist: "
                        + "no page or file at /blog/does-not-exist");
        assertThat(dir.resolve("target")).isEmptyDirectory();
    }

    @Test
    void findsTheSiteInTheProjectFolder() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-01-02-hello.md", "# Hello\n\nFirst post.");
        CheckMojo mojo = mojo(site);
        mojo.projectDirectory = site.root().toFile();
        mojo.siteDirectory = site.root().resolve(SiteDirectory.DEFAULT).toFile();

        mojo.execute();

        assertThat(log.lines()).startsWith("[INFO] Checking the site in " + site.root().toRealPath());
        assertThat(Files.exists(site.root().resolve("src"))).isFalse();
    }
}
