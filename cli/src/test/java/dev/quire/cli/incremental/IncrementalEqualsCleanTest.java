package dev.quire.cli.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.Quire;
import dev.quire.diagnostics.Diagnostic;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An incremental build gives the same output as a build from scratch: a site is edited at random
 * (seeded, so a failure can be replayed), and after each edit it is built incrementally, by one
 * session as {@code quire serve} does or by a new build that reads what the last one kept on disk as
 * {@code quire build} does, and a copy of it is built from nothing; both must succeed or fail alike,
 * report the same, and write the same bytes to the same paths.
 */
class IncrementalEqualsCleanTest {

    private static final int EDITS = 18;

    @TempDir
    Path dir;

    /** How the incremental build gets what earlier builds left. */
    enum Reuse {
        /** In memory, in one session ({@code quire serve}). */
        SESSION,
        /** From the site's {@code .quire} folder, in a new build each time ({@code quire build}). */
        SAVED
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"SESSION, 1", "SESSION, 2", "SESSION, 3", "SESSION, 4", "SESSION, 5", "SESSION, 6",
            "SAVED, 1", "SAVED, 2", "SAVED, 3", "SAVED, 4", "SAVED, 5", "SAVED, 6"})
    void everyEditGivesTheOutputOfACleanBuild(Reuse reuse, long seed) throws IOException {
        editAndCompare(reuse, new RandomSite(dir.resolve("site"), seed).create(8), seed);
    }

    /**
     * The same on a site whose files are dated as if written between pauses, where builds trust
     * the file system's word that a file did not change (and plugins reuse what they made of it).
     */
    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"SESSION, 7", "SESSION, 8", "SESSION, 9", "SAVED, 7", "SAVED, 8", "SAVED, 9"})
    void everyEditOfASettledSiteGivesTheOutputOfACleanBuild(Reuse reuse, long seed) throws IOException {
        editAndCompare(reuse, RandomSite.settled(dir.resolve("site"), seed).create(8), seed);
    }

    private void editAndCompare(Reuse reuse, RandomSite site, long seed) throws IOException {
        BuildOptions options = BuildOptions.of(site.root()).withOffline(true).withDrafts(seed % 2 == 0)
                .withOutput(dir.resolve("incremental"));
        BuildSession session = BuildSession.open(options);
        Function<Consumer<Diagnostic>, BuildResult> incremental = reuse == Reuse.SESSION ? session::build
                : listener -> Quire.build(options, listener);
        List<String> history = new ArrayList<>();
        history.add("create");
        compare(incremental, site, options, history, 0);
        for (int step = 1; step <= EDITS; step++) {
            history.add(site.edit());
            if (step % 4 == 0) {
                history.add(site.edit());
            }
            compare(incremental, site, options, history, step);
        }
    }

    private void compare(Function<Consumer<Diagnostic>, BuildResult> build, RandomSite site, BuildOptions options,
            List<String> history, int step) throws IOException {
        List<String> incrementalReport = new ArrayList<>();
        BuildResult incremental = build.apply(d -> incrementalReport.add(d.toString()));
        // A copy, so that the build from nothing leaves nothing in the site for the incremental one.
        Path copy = dir.resolve("clean-site-" + step);
        site.copyTo(copy);
        Path cleanOut = dir.resolve("clean-" + step);
        List<String> cleanReport = new ArrayList<>();
        BuildResult clean = Quire.build(BuildOptions.of(copy).withOffline(true).withDrafts(options.drafts())
                .withOutput(cleanOut).withClean(true), d -> cleanReport.add(d.toString()));
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
        RandomSite.deleteTree(copy);
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
