package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a build into a fresh folder next to the target, then swaps it in, so a failed or killed
 * build leaves the previous site as it was. Quire only ever replaces a folder that is empty or
 * carries its {@link #MARKER}: it never deletes what it did not write.
 */
public final class StagedOutput {

    /** The file that marks a folder as Quire's output. */
    public static final String MARKER = ".quire-build";
    private static final String MARKER_TEXT = "This folder is written by Quire and replaced by each build.\n";
    private static final String STAGING = ".quire-staging-";
    private static final String PREVIOUS = ".quire-previous-";

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Checks that {@code target} may be replaced, recovers from a swap a killed build left half
     * done, and creates the staging folder.
     *
     * @param site the site folder, which the output must neither be nor contain
     * @throws QuireException when the target is not Quire's to replace
     */
    public static StagedOutput open(Path target, Path site) {
        Path out = target.toAbsolutePath().normalize();
        if (out.equals(site) || site.startsWith(out)) {
            throw new QuireException(null, 0, "the output folder " + out + " would replace the site itself; choose another --out");
        }
        Path parent = out.getParent();
        try {
            Files.createDirectories(parent);
            recover(out);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new QuireException(null, 0, "the output " + out + " is a file, not a folder");
            }
            if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
                throw new QuireException(null, 0, "refusing to replace " + out + ": it is not empty and was not "
                        + "written by Quire (no " + MARKER + " file); empty it or choose another --out");
            }
            Path staging = parent.resolve(STAGING + out.getFileName() + "-" + UUID.randomUUID());
            Files.createDirectory(staging);
            return new StagedOutput(out, staging);
        } catch (IOException e) {
            throw new QuireException(null, 0, "cannot prepare the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /** The folder being written; files go here until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Paths written so far, relative to the output root. */
    public Set<String> written() {
        return written;
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /**
     * Claims {@code path} (relative, {@code /}-separated) and returns where to write it.
     *
     * @throws IllegalArgumentException when the path leaves the output or was already written
     */
    public Path claim(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("not a relative output path: '" + path + "'");
        }
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path leaves the output folder: '" + path + "'");
        }
        if (!written.add(path)) {
            throw new IllegalArgumentException("two parts of the build write the same file '" + path + "'");
        }
        return file;
    }

    public void write(String path, byte[] content) {
        Path file = claim(path);
        try {
            createFolder(file.getParent());
            Files.write(file, content);
            bytes.addAndGet(content.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void copy(String path, Path source) {
        Path file = claim(path);
        try {
            createFolder(file.getParent());
            Files.copy(source, file, StandardCopyOption.COPY_ATTRIBUTES);
            bytes.addAndGet(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a folder of the staged output once: most folders hold many files, and asking the
     * file system again for each file costs a system call and an exception per file.
     */
    private void createFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Puts the new site in place of the old one. */
    public void commit() {
        try {
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
            Path parent = target.getParent();
            if (Files.exists(target)) {
                Path previous = parent.resolve(PREVIOUS + target.getFileName() + "-" + UUID.randomUUID());
                move(target, previous);
                move(staging, target);
                deleteTree(previous);
            } else {
                move(staging, target);
            }
        } catch (IOException e) {
            throw new QuireException(null, 0, "cannot put the new site in place at " + target + ": " + e.getMessage(), e);
        }
    }

    /** Throws the new site away; the old one stays. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Leftovers are cleaned by the next build's recover().
        }
    }

    /** Undoes a swap that a killed build left between its two renames, and sweeps leftovers. */
    private static void recover(Path out) throws IOException {
        String name = out.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(),
                p -> p.getFileName().toString().startsWith(PREVIOUS + name + "-")
                        || p.getFileName().toString().startsWith(STAGING + name + "-"))) {
            for (Path sibling : siblings) {
                boolean previous = sibling.getFileName().toString().startsWith(PREVIOUS);
                if (previous && !Files.exists(out)) {
                    move(sibling, out);
                } else {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
