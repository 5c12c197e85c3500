package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build tells about itself while it runs and when it ends: progress, timings, counts. */
class BuildReportTest {

    @TempDir
    Path dir;

    /** Records each stage with the steps it announced and the steps it made. */
    private static final class Recorder implements BuildProgress {
        final Map<String, Integer> announced = new LinkedHashMap<>();
        final Map<String, AtomicInteger> made = new LinkedHashMap<>();
        private volatile String current;

        @Override
        public synchronized void stage(String name, int steps) {
            announced.put(name, steps);
            made.put(name, new AtomicInteger());
            current = name;
        }

        @Override
        public void step() {
            made.get(current).incrementAndGet();
        }
    }

    private TestSite site() {
        return TestSite.in(dir)
                .post("blog/2025-11-28-a.md", "# A\n\nFirst post.\n")
                .post("blog/2025-11-27-b.md", "# B\n\nSecond post.\n")
                .post("blog/2025-11-26-c.md", "# C\n\nThird post.\n")
                .file("pages/about.md", "# About\n\nUs.\n");
    }

    @Test
    void progressHearsEveryStageAndExactlyTheStepsItAnnounced() {
        TestSite site = site();
        Recorder progress = new Recorder();
        BuildResult result = Quire.build(site.options(), d -> { }, progress);
        assertThat(result.success()).isTrue();
        assertThat(progress.announced).containsEntry("load posts", 3).containsEntry("load pages", 1)
                .containsEntry("transform and render", 4).containsEntry("check links", 4);
        assertThat(progress.announced.get("render pages")).isGreaterThan(4);
        progress.announced.forEach((stage, steps) ->
                assertThat(progress.made.get(stage).get()).as(stage).isEqualTo(steps));
        assertThat(progress.announced.keySet()).containsSubsequence("read quire.yml", "load posts",
                "plugins: site loaded", "transform and render", "render pages", "plugins: write", "check links",
                "replace the output");
    }

    @Test
    void metricsNameTheSameStagesAndEachPluginHook() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "probe:\n  mark: PROBED\n");
        Recorder progress = new Recorder();
        BuildResult result = Quire.build(site.options(), d -> { }, progress);
        assertThat(result.success()).isTrue();
        assertThat(new ArrayList<>(result.stages().keySet())).isEqualTo(new ArrayList<>(progress.announced.keySet()));
        assertThat(result.plugins()).containsKey("probe");
        assertThat(result.plugins().get("probe").keySet())
                .containsExactly("init", "markdownExtensions", "siteLoaded", "transformInputs", "transform",
                        "siteRendered", "write");
    }

    @Test
    void countsOfPluginsAddUpAcrossFilesAndThreads() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "probe:\n  mark: PROBED\n");
        BuildResult result = site.build();
        assertThat(result.counts()).containsEntry("files marked", 4L);
        BuildResult unmarked = TestSite.in(dir.resolve("other")).post("blog/2025-01-01-x.md", "X.").build();
        assertThat(unmarked.counts()).doesNotContainKey("files marked");
    }

    @Test
    void aBuildThatFailsEarlyStillReportsTheStagesItRan() {
        TestSite site = site().config("title: [not, text]\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(result.stages()).containsOnlyKeys("look for changes", "read the last build", "read quire.yml");
        assertThat(result.counts()).isEmpty();
        assertThat(result.plugins()).isEmpty();
    }
}
