package dev.quire.plugin.images.resize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes cache files whole or not at all, so a build that is killed, or two at once, never leave half a file. */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** Writes {@code bytes} to a temporary file next to {@code file}, then renames it into place atomically. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
