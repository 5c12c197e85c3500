package dev.quire.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path dir;

    private static Path written(Path file, String text, Duration ago) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(ago)));
        return file;
    }

    @Test
    void aSettledFileHasAStampThatChangesWithIt() throws IOException {
        Path file = written(dir.resolve("papers.json"), "one", Duration.ofHours(1));
        FileStamp first = FileStamp.settled(file).orElseThrow();

        assertThat(first.exists()).isTrue();
        assertThat(first.regularFile()).isTrue();
        assertThat(first.size()).isEqualTo(3);
        assertThat(FileStamp.settled(file)).contains(first);

        written(file, "two", Duration.ofMinutes(30));
        assertThat(FileStamp.settled(file)).get().isNotEqualTo(first);
    }

    @Test
    void aFileReplacedByARenameIsAnotherFileEvenWithTheSameSizeAndTime() throws IOException {
        Path file = written(dir.resolve("papers.json"), "one", Duration.ofHours(1));
        FileStamp first = FileStamp.settled(file).orElseThrow();
        Path other = dir.resolve("other.json");
        Files.writeString(other, "uno");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));

        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);

        FileStamp second = FileStamp.settled(file).orElseThrow();
        assertThat(second.size()).isEqualTo(first.size());
        assertThat(second.modified()).isEqualTo(first.modified());
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aFileChangedInTheLastSecondsHasNoStampToTrust() throws IOException {
        Path file = Files.writeString(dir.resolve("papers.json"), "just saved");

        assertThat(FileStamp.settled(file)).isEmpty();
    }

    @Test
    void aMissingFileAndAFolderHaveStampsThatSaySo() throws IOException {
        assertThat(FileStamp.settled(dir.resolve("nothing"))).get().satisfies(stamp -> {
            assertThat(stamp.exists()).isFalse();
            assertThat(stamp.regularFile()).isFalse();
        });
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertThat(FileStamp.settled(folder)).get().satisfies(stamp -> {
            assertThat(stamp.exists()).isTrue();
            assertThat(stamp.regularFile()).isFalse();
        });
    }

    /** A context that remembers like a session does, and counts what it computes. */
    private static final class RememberingContext implements PluginContext {
        final Map<List<Object>, Object> remembered = new HashMap<>();
        final List<Object> computed = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> T memo(String name, Object key, Supplier<T> compute) {
            return (T) remembered.computeIfAbsent(List.of(name, key), k -> {
                computed.add(key);
                return compute.get();
            });
        }

        @Override
        public <T> T settings(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BuildOptions options() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path cacheDirectory() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void error(String file, int line, String message) {
        }

        @Override
        public void warning(String file, int line, String message) {
        }

        @Override
        public void info(String file, int line, String message) {
        }
    }

    @Test
    void memoFileReadsEachVersionOfASettledFileOnce() throws IOException {
        RememberingContext context = new RememberingContext();
        Path file = written(dir.resolve("data.txt"), "one", Duration.ofHours(1));
        List<String> reads = new ArrayList<>();
        java.util.function.Function<Path, String> read = f -> {
            try {
                reads.add(Files.readString(f));
                return Files.readString(f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        assertThat(context.memoFile("data", file, read)).isEqualTo("one");
        assertThat(context.memoFile("data", file, read)).isEqualTo("one");
        written(file, "two", Duration.ofMinutes(30));
        assertThat(context.memoFile("data", file, read)).isEqualTo("two");
        Files.writeString(file, "three");
        assertThat(context.memoFile("data", file, read)).isEqualTo("three");
        assertThat(context.memoFile("data", file, read)).isEqualTo("three");

        assertThat(reads).containsExactly("one", "two", "three", "three");
    }
}
