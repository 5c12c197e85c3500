package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose inputs and output are those of the last build leaves the output alone. */
class UpToDateBuildTest {

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        TestSite site = TestSite.in(dir)
                .post("blog/2025-11-28-a.md", "# A\n\nFirst post.\n")
                .post("blog/2025-11-27-b.md", "# B\n\nSecond post.\n")
                .file("pages/about.md", "# About\n\nUs.\n")
                .file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return site.age(Duration.ofHours(2));
    }

    @Test
    void aSecondBuildOfAnUnchangedSiteIsUpToDateAndWritesNothing() throws IOException {
        TestSite site = site();
        BuildResult first = site.build();
        assertThat(first.success()).isTrue();
        assertThat(first.upToDate()).isFalse();
        FileTime written = Files.getLastModifiedTime(site.out().resolve("blog/2025/11/28/a/index.html"));

        BuildResult second = site.build();

        assertThat(second.success()).isTrue();
        assertThat(second.upToDate()).isTrue();
        assertThat(second.posts()).isEqualTo(first.posts());
        assertThat(second.pages()).isEqualTo(first.pages());
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(Files.getLastModifiedTime(site.out().resolve("blog/2025/11/28/a/index.html"))).isEqualTo(written);
    }

    @Test
    void anEditedPostIsBuilt() throws IOException {
        TestSite site = site();
        site.build();
        site.post("blog/2025-11-28-a.md", "# A\n\nEdited post.\n");
        site.age(Duration.ofHours(1));

        BuildResult result = site.build();

        assertThat(result.upToDate()).isFalse();
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("Edited post.");
        assertThat(site.build().upToDate()).isTrue();
    }

    @Test
    void aStaticFileAddedAnywhereInTheSiteIsNoticed() throws IOException {
        TestSite site = site();
        site.build();
        site.file("static/robots.txt", "User-agent: *\n");
        site.age(Duration.ofHours(1));

        assertThat(site.build().upToDate()).isFalse();
        assertThat(site.output("robots.txt")).contains("User-agent");
    }

    @Test
    void aChangedOrMissingOutputIsBuiltAgain() throws IOException {
        TestSite site = site();
        site.build();
        Files.delete(site.out().resolve("about/index.html"));

        assertThat(site.build().upToDate()).isFalse();
        assertThat(site.hasOutput("about/index.html")).isTrue();

        Files.writeString(site.out().resolve("index.html"), "changed by hand");
        assertThat(site.build().upToDate()).isFalse();
        assertThat(site.output("index.html")).isNotEqualTo("changed by hand");
    }

    @Test
    void otherOptionsOrAnotherOutputFolderAreBuilt() throws IOException {
        TestSite site = site();
        site.build();

        assertThat(site.build(o -> o.withDrafts(true)).upToDate()).isFalse();
        assertThat(site.build(o -> o.withOutput(dir.resolve("elsewhere"))).upToDate()).isFalse();
        assertThat(site.build(o -> o.withOutput(dir.resolve("elsewhere"))).upToDate()).isTrue();
    }

    @Test
    void aSiteReachedThroughALinkWithItsOutputInsideIsUpToDateToo() throws IOException {
        TestSite site = site();
        Path link = Files.createSymbolicLink(dir.resolve("link"), site.root());
        BuildOptions options = BuildOptions.of(link).withOffline(true);

        assertThat(Quire.build(options, d -> { }).upToDate()).isFalse();
        assertThat(Quire.build(options, d -> { }).upToDate()).isTrue();
        assertThat(site.root().resolve("build/index.html")).exists();
    }

    @Test
    void cleanBuildsEverythingAndIsRememberedLikeAnyBuild() throws IOException {
        TestSite site = site();
        site.build();

        BuildResult clean = site.build(o -> o.withClean(true));

        assertThat(clean.upToDate()).isFalse();
        assertThat(clean.files()).isGreaterThan(1);
        assertThat(site.build().upToDate()).isTrue();
    }

    @Test
    void aBuildWithWarningsIsNotRememberedSoItsWarningsAreShownAgain() throws IOException {
        TestSite site = site().post("blog/2025-11-26-c.md", "# C\n\n[gone](./2025-01-01-missing.md)\n");
        site.age(Duration.ofHours(2));

        BuildResult first = site.build();
        BuildResult second = site.build();

        assertThat(TestSite.messages(first, Severity.WARNING)).isNotEmpty();
        assertThat(second.upToDate()).isFalse();
        assertThat(TestSite.messages(second, Severity.WARNING)).isEqualTo(TestSite.messages(first, Severity.WARNING));
    }

    @Test
    void aFileChangedMomentsBeforeTheBuildIsNotTrustedToShowItsChangeInItsTime() throws IOException {
        TestSite site = site();
        site.post("blog/2025-11-28-a.md", "# A\n\nJust saved.\n");

        site.build();

        assertThat(site.build().upToDate()).isFalse();
    }

    @Test
    void aFailedBuildLeavesTheOutputAndTheNextBuildBuildsAgain() throws IOException {
        TestSite site = site();
        site.build();
        site.file("quire.yml", "title: [unclosed\n");
        site.age(Duration.ofHours(1));
        assertThat(site.build().success()).isFalse();
        site.file("quire.yml", TestSite.DEFAULT_CONFIG);
        site.age(Duration.ofMinutes(30));

        BuildResult result = site.build();

        assertThat(result.success()).isTrue();
        assertThat(result.upToDate()).isFalse();
    }

}
