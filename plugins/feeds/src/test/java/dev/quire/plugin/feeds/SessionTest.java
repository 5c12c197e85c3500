package dev.quire.plugin.feeds;

import static dev.quire.plugin.feeds.SampleSite.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildSession;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds of one session ({@code quire serve}) remember the sitemap and feeds, and show every change as a build from scratch. */
class SessionTest {

    @TempDir
    Path dir;

    @Test
    void theSitemapAndFeedsFollowEachChange() {
        TestSite site = SampleSite.in(dir);
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(FeedFiles.sitemap(site)).contains(BASE + "/blog/2025/11/26/older/ 2025-11-26");

        site.post("blog/2025-12-01-newest.md", "---\ntags: [papers]\n---\n# Newest\n\nNew text.\n");
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(FeedFiles.sitemap(site)).contains(BASE + "/blog/2025/12/01/newest/ 2025-12-01");
        assertThat(site.output("blog/rss.xml")).contains("Newest");

        site.post("blog/2025-12-01-newest.md", "---\ntags: [papers]\n---\n# Newest\n\nRewritten text.\n");
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(site.output("blog/rss.xml")).contains("Rewritten text.").doesNotContain("New text.");
        assertThat(site.output("blog/tags/papers/atom.xml")).contains("Rewritten text.");

        site.post("blog/2025-11-26-older.md", "---\nlast_update:\n  date: 2025-12-03\n---\n# Older\n\nOlder text.\n");
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(FeedFiles.sitemap(site)).contains(BASE + "/blog/2025/11/26/older/ 2025-12-03");

        Path clean = dir.resolve("clean");
        assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
        assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
    }
}
