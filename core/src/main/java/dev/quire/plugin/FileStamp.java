package dev.quire.plugin;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A version of a file as the file system tells it without reading the file: its size, modification
 * time and identity (a file replaced by a rename, as every atomic writer does, is another file).
 * The test {@code make} and {@code rsync} rely on, for keying what a plugin made from a file
 * ({@link PluginContext#memo}) without reading the file again. Symbolic links are followed.
 *
 * @param path        the file
 * @param size        the size in bytes, or -1 when there is no file
 * @param modified    the modification time in nanoseconds, as fine as the file system keeps it
 * @param identity    what the file system calls the file (device and inode on Unix), or empty
 * @param regularFile true for a regular file, false for a folder or anything else
 */
public record FileStamp(String path, long size, long modified, String identity, boolean regularFile)
        implements Serializable {

    /**
     * File systems keep modification times in steps (up to two seconds), so a file changed twice
     * within one step may keep its stamp: a file younger than this has no stamp to be trusted. The
     * one such clock of Quire: the build's own change checks use it too.
     */
    public static final Duration SETTLING = Duration.ofSeconds(2);

    /**
     * True when a file last modified at {@code modifiedMillis} (since the epoch) is older than
     * {@link #SETTLING} at {@code nowMillis}: a later change would show in its stamp.
     */
    public static boolean settled(long modifiedMillis, long nowMillis) {
        return modifiedMillis <= nowMillis - SETTLING.toMillis();
    }

    /**
     * The stamp of {@code file} (one that does not {@link #exists} when there is none), or empty
     * when it changed too recently to be told apart from its next version, or cannot be read.
     */
    public static Optional<FileStamp> settled(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!settled(attributes.lastModifiedTime().toMillis(), System.currentTimeMillis())) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp(file.toString(), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), Objects.toString(attributes.fileKey(), ""),
                    attributes.isRegularFile()));
        } catch (NoSuchFileException e) {
            return Optional.of(new FileStamp(file.toString(), -1, 0, "", false));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when there was a file (or folder) at the path. */
    public boolean exists() {
        return size >= 0;
    }
}
