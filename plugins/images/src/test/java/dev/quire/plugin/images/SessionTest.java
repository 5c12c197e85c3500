package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds of one session ({@code quire serve}) remember each post's plan while the post and the files
 * it names are unchanged; every change to those files shows, as in a build from scratch.
 */
class SessionTest {

    private static final String POST = "blog/2025-05-06-figures/";
    private static final String PAGE = "blog/2025/05/06/figures/index.html";
    private static final Duration SETTLED = Duration.ofHours(2);

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .file(POST + "fig.png", TestImages.png(400, 300))
                .file(POST + "cover.png", TestImages.png(320, 200))
                .post(POST + "index.mdx", "import cover from './cover.png';\n\n# Figures\n\n![a figure](./fig.png)\n")
                .post("blog/2025-05-07-other.md", "# Other\n\nNo pictures.\n")
                .age(SETTLED);
    }

    private static List<String> build(BuildSession session) {
        List<String> reports = new ArrayList<>();
        BuildResult result = session.build(d -> reports.add(d.toString()));
        assertThat(result.success()).as("%s", reports).isTrue();
        return reports;
    }

    private static Element figure(TestSite site) {
        return Jsoup.parse(site.output(PAGE)).selectFirst("article img[alt=a figure]");
    }

    private void assertSameAsACleanBuild(TestSite site) {
        Path clean = dir.resolve("clean");
        assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
        assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
    }

    @Test
    void aReplacedPictureIsPublishedAnewThoughThePostDidNotChange() {
        TestSite site = site();
        BuildSession session = site.session();
        build(session);
        String before = figure(site).attr("src");
        assertThat(figure(site).attr("width")).isEqualTo("400");

        site.file(POST + "fig.png", TestImages.png(500, 250)).age(POST + "fig.png", Duration.ofHours(1));
        build(session);

        assertThat(figure(site).attr("width")).isEqualTo("500");
        assertThat(figure(site).attr("height")).isEqualTo("250");
        assertThat(figure(site).attr("src")).isNotEqualTo(before);
        assertSameAsACleanBuild(site);
    }

    @Test
    void whatPlanningFoundIsToldInEveryBuildThatUsesTheRememberedPlan() {
        TestSite site = site();
        BuildSession session = site.session();

        List<String> first = build(session);
        List<String> second = build(session);

        assertThat(first).anySatisfy(m -> assertThat(m).contains("'cover' is imported but not used"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aPictureThatGoesAwayIsAnErrorAndOneThatComesBackIsShownAgain() {
        TestSite site = site();
        BuildSession session = site.session();
        build(session);

        site.delete(POST + "fig.png");
        List<String> reports = new ArrayList<>();
        assertThat(session.build(d -> reports.add(d.toString())).success()).isFalse();
        assertThat(reports).anySatisfy(m -> assertThat(m).contains(POST + "index.mdx:5").contains("./fig.png"));

        site.file(POST + "fig.png", TestImages.png(640, 480)).age(POST + "fig.png", Duration.ofHours(1));
        build(session);
        assertThat(figure(site).attr("width")).isEqualTo("640");
        assertSameAsACleanBuild(site);
    }

    @Test
    void aFolderPutWhereThePictureWasIsAnError() {
        TestSite site = site();
        BuildSession session = site.session();
        build(session);

        site.delete(POST + "fig.png").file(POST + "fig.png/readme.txt", "not a picture")
                .age(POST + "fig.png", Duration.ofHours(1));
        List<String> reports = new ArrayList<>();

        assertThat(session.build(d -> reports.add(d.toString())).success()).isFalse();
        assertThat(reports).anySatisfy(m -> assertThat(m).contains("is a folder, not a file"));
    }
}
