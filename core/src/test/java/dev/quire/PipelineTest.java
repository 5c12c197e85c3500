package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .post("blog/2025-11-28-a.md", "---\ntags: [ml]\n---\n# A\n\nFirst post.\n")
                .post("blog/2025-11-27-b.md", "# B\n\nSecond post.\n")
                .file("pages/about.md", "# About\n\nUs.\n")
                .file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    @Test
    void writesPostsPagesListsTagsArchiveStaticFilesAndTheMarker() {
        TestSite site = site();
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(result.posts()).isEqualTo(2);
        assertThat(result.pages()).isEqualTo(1);
        for (String path : new String[] {"blog/2025/11/28/a/index.html", "blog/2025/11/27/b/index.html",
                "about/index.html", "blog/index.html", "index.html", "blog/tags/index.html", "blog/tags/ml/index.html",
                "blog/archive/index.html", "404.html", "img/logo.svg", "assets/plain.css", ".quire-build"}) {
            assertThat(site.hasOutput(path)).as(path).isTrue();
        }
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("older: /blog/2025/11/27/b");
        assertThat(site.output("blog/index.html")).contains("item: /blog/2025/11/28/a\nitem: /blog/2025/11/27/b");
    }

    @Test
    void paginatesListsTheDocusaurusWay() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "blog:\n  posts-per-page: 2\n");
        for (int day = 1; day <= 5; day++) {
            site.post("blog/2025-11-0" + day + "-p" + day + ".md", "Post " + day + ".");
        }
        assertThat(site.build().success()).isTrue();
        assertThat(site.output("blog/index.html")).contains("item: /blog/2025/11/05/p5\nitem: /blog/2025/11/04/p4\n");
        assertThat(site.output("blog/page/2/index.html")).contains("url: /blog/page/2/").contains("item: /blog/2025/11/03/p3");
        assertThat(site.output("blog/page/3/index.html")).contains("item: /blog/2025/11/01/p1");
        assertThat(site.hasOutput("blog/page/4/index.html")).isFalse();
    }

    @Test
    void authorsHavePagesOnlyWhenAuthorsYmlAsksAsInDocusaurus() {
        TestSite site = TestSite.in(dir)
                .file("blog/authors.yml", """
                        Jane Doe:
                          name: Jane Doe
                          page: true
                        kim:
                          name: Kim Minji
                          page: {permalink: /minji/}
                        bo:
                          name: Bo Kim
                        """)
                .post("blog/2025-11-28-a.md", "---\nauthors: [Jane Doe, kim, bo]\n---\n# A\n\nText.\n");
        assertThat(site.build().success()).isTrue();

        assertThat(site.output("blog/authors/index.html")).contains("template: authors");
        assertThat(site.output("blog/authors/jane-doe/index.html")).contains("item: /blog/2025/11/28/a");
        assertThat(site.output("blog/authors/minji/index.html")).contains("url: /blog/authors/minji/");
        assertThat(site.hasOutput("blog/authors/bo/index.html")).isFalse();
        assertThat(site.hasOutput("blog/authors/Jane Doe/index.html")).isFalse();
        assertThat(site.hasOutput("blog/authors/kim/index.html")).isFalse();
    }

    @Test
    void unlistedPostsAreBuiltButLeftOutOfLists() {
        TestSite site = site().post("blog/2025-11-29-secret.md", "---\nunlisted: true\ntags: [ml]\n---\nHidden.");
        assertThat(site.build().success()).isTrue();
        assertThat(site.hasOutput("blog/2025/11/29/secret/index.html")).isTrue();
        assertThat(site.output("blog/index.html")).doesNotContain("secret");
        assertThat(site.output("blog/tags/ml/index.html")).doesNotContain("secret");
    }

    @Test
    void aTagOnlyUnlistedPostsCarryGetsAHiddenPage() {
        TestSite site = site().post("blog/2025-11-29-secret.md", "---\nunlisted: true\ntags: [hidden-tag]\n---\nHidden.");
        assertThat(site.build().success()).isTrue();
        assertThat(site.output("blog/tags/hidden-tag/index.html")).contains("item: /blog/2025/11/29/secret");
        assertThat(site.output("blog/tags/index.html")).doesNotContain("hidden-tag");
    }

    @Test
    void twoBuildsOfTheSameSiteAreByteIdentical() throws IOException {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        Map<String, byte[]> first = snapshot(site.out());
        assertThat(site.build().success()).isTrue();
        Map<String, byte[]> second = snapshot(site.out());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        Map<String, byte[]> before = snapshot(site.out());
        site.post("blog/2025-11-30-broken.md", "---\ntags: 5\n---\nBroken.");
        BuildResult failed = site.build();
        assertThat(failed.success()).isFalse();
        Map<String, byte[]> after = snapshot(site.out());
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        TestSite site = site();
        Files.createDirectories(site.out());
        Files.writeString(site.out().resolve("precious.txt"), "keep me");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .contains("refusing to replace").contains("not written by Quire");
        assertThat(site.out().resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void refusesAnOutputThatWouldReplaceTheSite() {
        TestSite site = site();
        BuildResult result = site.build(o -> o.withOutput(site.root()));
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString().contains("would replace the site");
        assertThat(site.root().resolve("quire.yml")).exists();
    }

    @Test
    void pluginsRunTheirHooksInOrderAndAddFiles() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "probe:\n  add-file: extra/probe.txt\n  mark: PROBED\n");
        BuildResult result = site.build();
        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        assertThat(ProbePlugin.CALLS).startsWith("init", "siteLoaded 2").endsWith("siteRendered true", "write");
        assertThat(ProbePlugin.CALLS).filteredOn(c -> c.startsWith("transform")).containsExactlyInAnyOrder(
                "transform blog/2025-11-28-a.md", "transform blog/2025-11-27-b.md", "transform pages/about.md");
        assertThat(site.output("extra/probe.txt")).isEqualTo("added by probe\n");
        assertThat(site.output("probe/index.html")).contains("template: page");
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("First post. PROBED");
    }

    @Test
    void aPluginThatThrowsFailsTheBuildByNameAndFile() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "probe:\n  throw-in: transform\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).contains(
                "blog/2025-11-28-a.md: error: plugin 'probe' failed in transform while working on this file: "
                        + "IllegalStateException: probe failure");
        assertThat(result.causes()).isNotEmpty();
        assertThat(site.hasOutput("index.html")).isFalse();
    }

    @Test
    void aPluginReportsProblemsAtTheLineOfANode() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "probe:\n  error-in: transform\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR))
                .contains("blog/2025-11-27-b.md:3: error: probe found a problem here");
    }

    @Test
    void pluginSettingsWithUnknownKeysAreWarnedAbout() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "probe:\n  mark: x\n  colour: red\nthemes: x\n");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).containsExactly(
                "quire.yml:6: warning: unknown setting 'probe.colour' is ignored",
                "quire.yml:7: warning: unknown setting 'themes' is ignored; did you mean 'theme'?");
    }

    @Test
    void strictTurnsWarningsIntoAFailure() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "colour: red\n");
        assertThat(site.build().success()).isTrue();
        BuildResult strict = site.build(o -> o.withStrict(true));
        assertThat(strict.success()).isFalse();
        assertThat(TestSite.messages(strict, Severity.ERROR)).contains("error: strict mode: the warnings above count as errors");
    }

    @Test
    void anAbsoluteBaseUrlOptionSetsBothUrlAndPath() {
        TestSite site = site();
        BuildResult result = site.build(o -> o.withBaseUrl("https://user.github.io/repo/"));
        assertThat(result.success()).isTrue();
        assertThat(site.output("blog/index.html")).contains("item: /repo/blog/2025/11/28/a");
        assertThat(site.hasOutput("blog/2025/11/28/a/index.html")).isTrue();
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
