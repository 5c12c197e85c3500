package dev.quire.cli.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.Quire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An incremental build gives the same output as a build from scratch: a site is edited at random
 * (seeded, so a failure can be replayed), and after each edit one session builds it incrementally
 * and a fresh build writes it from nothing; both must succeed or fail alike, report the same, and
 * write the same bytes to the same paths.
 */
class IncrementalEqualsCleanTest {

    private static final int EDITS = 18;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyEditGivesTheOutputOfACleanBuild(long seed) throws IOException {
        editAndCompare(new RandomSite(dir.resolve("site"), seed).create(8), seed);
    }

    /**
     * The same on a site whose files are dated as if written between pauses, where builds trust
     * the file system's word that a file did not change (and plugins reuse what they made of it).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void everyEditOfASettledSiteGivesTheOutputOfACleanBuild(long seed) throws IOException {
        editAndCompare(RandomSite.settled(dir.resolve("site"), seed).create(8), seed);
    }

    private void editAndCompare(RandomSite site, long seed) throws IOException {
        BuildOptions options = BuildOptions.of(site.root()).withOffline(true).withDrafts(seed % 2 == 0)
                .withOutput(dir.resolve("incremental"));
        BuildSession session = BuildSession.open(options);
        List<String> history = new ArrayList<>();
        history.add("create");
        compare(session, options, history, 0);
        for (int step = 1; step <= EDITS; step++) {
            history.add(site.edit());
            if (step % 4 == 0) {
                history.add(site.edit());
            }
            compare(session, options, history, step);
        }
    }

    private void compare(BuildSession session, BuildOptions options, List<String> history, int step) throws IOException {
        List<String> incrementalReport = new ArrayList<>();
        BuildResult incremental = session.build(d -> incrementalReport.add(d.toString()));
        Path cleanOut = dir.resolve("clean-" + step);
        List<String> cleanReport = new ArrayList<>();
        BuildResult clean = Quire.build(options.withOutput(cleanOut), d -> cleanReport.add(d.toString()));
        String where = "after " + String.join(", ", history);
        assertThat(incremental.success()).as(where + ": " + incrementalReport).isEqualTo(clean.success());
        assertThat(sorted(incrementalReport)).as(where).isEqualTo(sorted(cleanReport));
        if (clean.success()) {
            Map<String, byte[]> expected = files(cleanOut);
            Map<String, byte[]> actual = files(options.output());
            assertThat(actual.keySet()).as(where).containsExactlyElementsOf(expected.keySet());
            expected.forEach((path, bytes) -> assertThat(new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8))
                    .as(where + ": " + path).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            expected.forEach((path, bytes) -> assertThat(Arrays.equals(actual.get(path), bytes)).as(where + ": " + path).isTrue());
        }
        RandomSite.deleteTree(cleanOut);
    }

    private static List<String> sorted(List<String> report) {
        return report.stream().sorted().toList();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

}
