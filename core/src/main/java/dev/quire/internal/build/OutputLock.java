package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import dev.quire.plugin.Digest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write into an output folder, held for one build: an operating-system lock on a file
 * in the site's {@code .quire/locks/}, named by the folder's path. A second build of the site into
 * the same folder at the same time (another {@code quire build} or {@code quire check}, or a
 * {@code quire serve} of the same site) would take away the first one's staging folder and swap
 * folders under it; it stops with a message instead. The lock goes with the process, so a killed
 * build leaves nothing that blocks the next one.
 */
record OutputLock(FileChannel channel, FileLock lock) implements AutoCloseable {

    /**
     * Takes the lock of {@code output} for a build of the site at {@code root}.
     *
     * @throws QuireException when another build holds it, or it cannot be made
     */
    static OutputLock of(Path root, Path output) {
        Path out = output.toAbsolutePath().normalize();
        Path locks = root.resolve(".quire").resolve("locks");
        FileChannel channel = null;
        try {
            Files.createDirectories(locks);
            channel = FileChannel.open(locks.resolve(Digest.of(out.toString())), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new QuireException(null, 0, "another build is writing into " + out + " now (quire build, or "
                        + "quire serve of the same site); build again when it is done, or into another folder with --out");
            }
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new QuireException(null, 0, "cannot lock the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /** The lock, or null when another process, or another build of this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was locked.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }
}
