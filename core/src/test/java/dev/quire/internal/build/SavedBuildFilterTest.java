package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build leaves on disk is read back as plain data only, whoever wrote the file. */
class SavedBuildFilterTest {

    @TempDir
    Path site;

    /** A record of a plugin that does not say it is serializable. */
    record Summary(String id, List<Integer> lines) {
    }

    private BuildCache roundTrip(Object value) throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        BuildCache cache = new BuildCache();
        cache.memo("plugin", "value", "key", () -> value);
        cache.published(site.resolve("out"), null);
        try (Workers workers = new Workers(loader)) {
            SavedBuild.write(site, "key", "output", cache, workers);
            return SavedBuild.read(site, "key", "output", loader, workers);
        }
    }

    private static Object remembered(BuildCache cache) {
        return cache.memos().remembered().get(List.of("plugin", "value", "key"));
    }

    @Test
    void recordsAndCollectionsComeBack() throws IOException {
        Summary summary = new Summary("2511.00001", List.of(3, 14));
        assertThat(remembered(roundTrip(List.of(summary, "text", 42L)))).isEqualTo(List.of(summary, "text", 42L));
    }

    @Test
    void otherSerializableClassesAreNotMadeFromTheFile() throws IOException {
        assertThat(remembered(roundTrip(new File("/etc/passwd")))).isNull();
        assertThat(remembered(roundTrip(new java.util.concurrent.atomic.AtomicLong(7)))).isNull();
    }

    @Test
    void aRecordOfAnotherKeyIsNotRead() throws IOException {
        roundTrip("value");
        try (Workers workers = new Workers(getClass().getClassLoader())) {
            BuildCache other = SavedBuild.read(site, "another key", "output", getClass().getClassLoader(), workers);
            assertThat(remembered(other)).isNull();
        }
    }
}
