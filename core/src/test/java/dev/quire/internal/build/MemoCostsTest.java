package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remembered results go to disk only when making them again costs more than writing and reading
 * them back: the record of a large site stays as small as it can be without the next build doing
 * dear work again.
 */
class MemoCostsTest {

    @TempDir
    Path site;

    private static MemoStore measured(long cheapNanos, long dearNanos) {
        MemoStore memos = new MemoStore();
        memos.restore(Map.of(), Map.of("p/cheap", new long[] {cheapNanos, 1_000}, "p/dear", new long[] {dearNanos, 1_000}));
        return memos;
    }

    @Test
    void aKindIsKeptWhenMakingOneCostsMoreThanItsBytesOnDisk() {
        MemoStore memos = measured(100, 1_000 * MemoStore.NANOS_PER_BYTE);

        assertThat(memos.worthKeeping("p/cheap")).isFalse();
        assertThat(memos.worthKeeping("p/dear")).isTrue();
        assertThat(memos.worthKeeping("p/never-measured")).isTrue();
    }

    @Test
    void aBuildMeasuresWhatItMakes() {
        MemoStore memos = new MemoStore();
        memos.get("p", "made", "key", () -> "value");
        memos.endBuild();

        assertThat(memos.costs()).containsKey("p/made");
        assertThat(memos.costs().get("p/made")[0]).isNotNegative();
        assertThat(memos.costs().get("p/made")[1]).isEqualTo(-1);
    }

    @Test
    void theRecordKeepsTheKindsWorthKeepingAndWhatEachKindCosts() throws IOException {
        BuildCache cache = new BuildCache();
        // What earlier builds measured: a cheap result is a megabyte on disk (20 ms to write and
        // read back, far more than making one here takes); a dear one takes nothing.
        cache.memos().restore(Map.of(), Map.of("p/cheap", new long[] {1, 1_000_000}, "p/dear", new long[] {1, 0}));
        cache.memo("p", "cheap", "a", () -> "cheap result");
        cache.memo("p", "dear", "b", () -> "dear result");
        cache.published(site.resolve("out"), null);

        BuildCache read;
        try (Workers workers = new Workers(getClass().getClassLoader())) {
            SavedBuild.write(site, "key", "output", cache, workers);
            read = SavedBuild.read(site, "key", "output", getClass().getClassLoader(), workers);
        }

        assertThat(read.memos().remembered()).containsOnlyKeys(List.of("p", "dear", "b"));
        assertThat(read.memos().costs().get("p/dear")[1]).as("bytes of one dear result").isPositive();
        assertThat(read.memos().costs().get("p/cheap")[1]).as("bytes of one cheap result, as measured before")
                .isEqualTo(1_000_000);
    }
}
