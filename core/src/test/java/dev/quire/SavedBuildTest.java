package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quire build} keeps what a build did in the site's {@code .quire} folder, and the next
 * build, in a new process, transforms and renders only what changed since.
 */
class SavedBuildTest {

    private static final String PROBED = TestSite.DEFAULT_CONFIG + "probe:\n  mark: PROBED\n  reads-nothing-else: true\n";

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        return TestSite.in(dir.resolve("site")).config(PROBED)
                .post("blog/2025-11-28-a.md", "# A\n\nFirst post.\n")
                .post("blog/2025-11-27-b.md", "# B\n\nSecond post.\n")
                .post("blog/2025-11-26-c.md", "# C\n\nThird post.\n")
                .file("pages/about.md", "# About\n\nUs.\n")
                .age(Duration.ofHours(2));
    }

    private static List<String> transformed() {
        return ProbePlugin.CALLS.stream().filter(call -> call.startsWith("transform ")).sorted().toList();
    }

    @Test
    void aBuildAfterAnEditTransformsOnlyTheEditedFile() throws IOException {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        assertThat(transformed()).hasSize(4);

        site.post("blog/2025-11-27-b.md", "# B\n\nSecond post, edited.\n").age(Duration.ofHours(1));
        BuildResult second = site.build();

        assertThat(second.success()).isTrue();
        assertThat(transformed()).containsExactly("transform blog/2025-11-27-b.md");
        assertThat(site.output("blog/2025/11/27/b/index.html")).contains("Second post, edited. PROBED");
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("First post. PROBED");
    }

    @Test
    void otherOptionsAndCleanBuildsStartFromNothingAndLeaveWhatTheNextBuildUses() throws IOException {
        TestSite site = site();
        site.build();

        site.build(options -> options.withDrafts(true));
        assertThat(transformed()).hasSize(4);

        site.post("blog/2025-11-27-b.md", "# B\n\nEdited.\n").age(Duration.ofHours(1));
        site.build(options -> options.withDrafts(true).withClean(true));
        assertThat(transformed()).hasSize(4);

        site.post("blog/2025-11-28-a.md", "# A\n\nEdited after a clean build.\n").age(Duration.ofMinutes(30));
        site.build(options -> options.withDrafts(true));
        assertThat(transformed()).containsExactly("transform blog/2025-11-28-a.md");
    }

    @Test
    void aPageChangedByHandInTheOutputIsWrittenAgain() throws IOException {
        TestSite site = site();
        site.build();
        Path page = site.out().resolve("blog/2025/11/28/a/index.html");
        String built = Files.readString(page);
        Files.writeString(page, "changed by hand");

        site.post("blog/2025-11-27-b.md", "# B\n\nEdited.\n").age(Duration.ofHours(1));
        assertThat(site.build().success()).isTrue();

        assertThat(Files.readString(page)).isEqualTo(built);
    }

    @Test
    void anUnreadableRecordIsIgnored() throws IOException {
        TestSite site = site();
        site.build();
        Path state = site.root().resolve(".quire/cache/build-state");
        assertThat(state).isRegularFile();
        byte[] bytes = Files.readAllBytes(state);
        for (int i = bytes.length / 3; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5a;
        }
        Files.write(state, bytes);
        site.post("blog/2025-11-27-b.md", "# B\n\nEdited.\n").age(Duration.ofHours(1));

        BuildResult result = site.build();

        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(site.output("blog/2025/11/27/b/index.html")).contains("Edited. PROBED");
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("First post. PROBED");

        Files.writeString(state, "not a build record", StandardCharsets.UTF_8);
        site.post("blog/2025-11-28-a.md", "# A\n\nEdited too.\n").age(Duration.ofMinutes(30));
        assertThat(site.build().success()).isTrue();
        assertThat(transformed()).hasSize(4);
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("Edited too. PROBED");
    }
}
