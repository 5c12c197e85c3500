package dev.quire.plugin.cards;

import dev.quire.plugin.WholeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cards drawn so far, kept between builds in the plugin's cache folder: one PNG per card,
 * named by the digest of what it shows ({@code 1a/1a2b….png}), written whole or not at all.
 */
final class CardStore {

    private static final String EXTENSION = ".png";

    private final Path folder;

    CardStore(Path folder) {
        this.folder = folder;
    }

    /** Where the card with {@code key} is kept. */
    Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + EXTENSION);
    }

    boolean has(String key) {
        return Files.isRegularFile(file(key));
    }

    void save(String key, byte[] png) throws IOException {
        WholeFiles.write(file(key), png);
    }

    /** Deletes every card whose key is not in {@code used}, and folders left empty; returns how many cards. */
    int prune(Set<String> used) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> unused;
        try (Stream<Path> files = Files.walk(folder, 2)) {
            unused = files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                    .filter(f -> !used.contains(keyOf(f)))
                    .toList();
        }
        for (Path file : unused) {
            Files.deleteIfExists(file);
            try (Stream<Path> left = Files.list(file.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(file.getParent());
                }
            }
        }
        return unused.size();
    }

    private static String keyOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }
}
