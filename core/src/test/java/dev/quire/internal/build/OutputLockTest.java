package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.BuildResult;
import dev.quire.diagnostics.QuireException;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output folder at once: the second stops with a message and touches nothing. */
class OutputLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondBuildIntoTheSameFolderStopsAndLeavesTheFirstOnesWorkAlone() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-a.md", "# A\n\nFirst post.\n");
        assertThat(site.build().success()).isTrue();
        String before = site.output("blog/2025/11/28/a/index.html");
        // What a build running now has beside the output: its lock and its staging folder.
        Path staging = Files.createDirectories(site.out().resolveSibling(".quire-staging-out-running"));

        try (OutputLock running = OutputLock.of(site.root(), site.out())) {
            site.post("blog/2025-11-28-a.md", "# A\n\nEdited.\n");
            BuildResult second = site.build(o -> o.withClean(true));

            assertThat(second.success()).isFalse();
            assertThat(TestSite.messages(second, Severity.ERROR)).singleElement().asString()
                    .contains("another build is writing into " + site.out().toAbsolutePath().normalize())
                    .contains("--out");
            assertThat(staging).isDirectory();
            assertThat(site.output("blog/2025/11/28/a/index.html")).isEqualTo(before);
        }

        assertThat(site.build().success()).as("once the first build is done").isTrue();
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("Edited.");
    }

    @Test
    void theLockIsTheFoldersNotTheSites() throws Exception {
        TestSite site = TestSite.in(dir);
        try (OutputLock one = OutputLock.of(site.root(), dir.resolve("one"))) {
            try (OutputLock other = OutputLock.of(site.root(), dir.resolve("other"))) {
                assertThat(other).isNotNull();
            }
            assertThatThrownBy(() -> OutputLock.of(site.root(), dir.resolve("one/../one")))
                    .isInstanceOf(QuireException.class);
        }
        try (OutputLock again = OutputLock.of(site.root(), dir.resolve("one"))) {
            assertThat(again).isNotNull();
        }
    }
}
