package dev.quire.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("deep/folder/papers.json");
        WholeFiles.write(file, "one".getBytes(StandardCharsets.UTF_8));
        WholeFiles.write(file, "two".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("two");
        assertThat(namesIn(file.getParent())).containsExactly("papers.json");
    }

    @Test
    void sweepRemovesWhatDeadProcessesLeftAndKeepsWhatLiveOnesAreWriting() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        Path nested = Files.createDirectories(dir.resolve("cache/images/4c"));
        Path deadTop = Files.writeString(dir.resolve(".papers.json.123." + dead + ".part"), "half");
        Path deadNested = Files.writeString(nested.resolve(".x.png.9." + dead + ".part"), "half");
        Path liveNested = Files.writeString(nested.resolve(".y.png.9." + alive + ".part"), "half");
        Path ordinary = Files.writeString(nested.resolve("notes.part"), "the author's own file");
        Path tooDeep = Files.writeString(Files.createDirectories(nested.resolve("a/b/c"))
                .resolve(".z.png.1." + dead + ".part"), "half");

        WholeFiles.sweep(dir, 4);

        assertThat(deadTop).doesNotExist();
        assertThat(deadNested).doesNotExist();
        assertThat(liveNested).exists();
        assertThat(ordinary).exists();
        assertThat(tooDeep).exists();
    }

    @Test
    void sweepingAMissingFolderDoesNothing() throws IOException {
        WholeFiles.sweep(dir.resolve("absent"), 3);
        assertThat(dir.resolve("absent")).doesNotExist();
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    private static java.util.List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
