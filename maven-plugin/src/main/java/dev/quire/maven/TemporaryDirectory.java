package dev.quire.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A folder that is deleted with everything in it when closed. */
final class TemporaryDirectory implements AutoCloseable {

    private final Path path;

    private TemporaryDirectory(Path path) {
        this.path = path;
    }

    /** Creates a new folder named {@code prefix} and a random suffix in {@code parent}, creating that too. */
    static TemporaryDirectory in(Path parent, String prefix) throws IOException {
        Files.createDirectories(parent);
        return new TemporaryDirectory(Files.createTempDirectory(parent, prefix));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> all = Files.walk(path)) {
            deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : deepestFirst) {
            Files.delete(file);
        }
    }
}
