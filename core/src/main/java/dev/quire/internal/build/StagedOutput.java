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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a build into a fresh folder next to the target, then swaps it in, so a failed or killed
 * build leaves the previous site as it was. Quire only ever replaces a folder that is empty or
 * carries its {@link #MARKER}: it never deletes what it did not write.
 *
 * <p>An incremental build ({@link #reopen}) knows what the previous build wrote (its
 * {@link OutputManifest}), so it stages only the files that differ: a file whose bytes are the
 * same is not written, a page the build did not need to render is {@link #keep kept}. Its commit
 * cannot be one rename of the whole folder without copying every unchanged file first (seconds
 * for a large site), so it is a roll-forward journal instead: the staged files and the list of
 * files to delete are made complete, then the staging folder is renamed to {@code .quire-commit-*}
 * (the commit point), then each file is moved into place with an atomic rename and the deleted
 * ones are removed. A build that fails or is killed before the commit point leaves the previous
 * site untouched; one killed after it is finished by the next build that opens the folder
 * ({@link #open} and {@link #reopen} roll it forward first). A reader of the folder during those
 * few milliseconds of moving may see old and new files side by side, which is why
 * {@code quire serve} holds its requests while a commit runs ({@link #commit(Consumer)}).
 *
 * <p>One class on purpose, though long: staging, the two commits and the recovery of a killed
 * commit are one protocol, and each step relies on what the others leave beside the output.
 */
public final class StagedOutput {

    /** The file that marks a folder as Quire's output. */
    public static final String MARKER = ".quire-build";
    private static final String MARKER_TEXT = "This folder is written by Quire and replaced by each build.\n";
    private static final String STAGING = ".quire-staging-";
    private static final String PREVIOUS = ".quire-previous-";
    private static final String COMMIT = ".quire-commit-";
    private static final String DELETIONS = ".quire-deletions";

    private final Path target;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private final OutputManifest manifest;
    private final OutputManifest previous;

    private StagedOutput(Path target, Path staging, OutputManifest manifest, OutputManifest previous) {
        this.target = target;
        this.staging = staging;
        this.manifest = manifest;
        this.previous = previous;
    }

    /**
     * Checks that {@code target} may be replaced, recovers from a swap a killed build left half
     * done, and creates the staging folder.
     *
     * @param site the site folder, which the output must neither be nor contain
     * @throws QuireException when the target is not Quire's to replace
     */
    public static StagedOutput open(Path target, Path site) {
        return open(target, site, null, null);
    }

    /**
     * Like {@link #open}, and records what is written in a manifest, so that the next build can
     * {@link #reopen} the output and write only what changed.
     */
    public static StagedOutput openTracked(Path target, Path site) {
        return open(target, site, new OutputManifest(), null);
    }

    /**
     * Opens the output of the build that wrote {@code previous}, for an incremental build: only
     * files that differ from it are staged, and the commit moves them in place (see the class
     * comment). Falls back to a full {@link #openTracked} when the folder is not that build's.
     */
    public static StagedOutput reopen(Path target, Path site, OutputManifest previous) {
        Path out = target.toAbsolutePath().normalize();
        if (previous == null || !Files.exists(out.resolve(MARKER)) || !previous.matchesFolder(out)) {
            return openTracked(target, site);
        }
        return open(target, site, new OutputManifest(), previous);
    }

    private static StagedOutput open(Path target, Path site, OutputManifest manifest, OutputManifest previous) {
        Path out = target.toAbsolutePath().normalize();
        if (out.equals(site) || site.startsWith(out)) {
            throw new QuireException(null, 0, "the output folder " + out + " would replace the site itself; choose another --out");
        }
        Path parent = out.getParent();
        try {
            Files.createDirectories(parent);
            sweep(out);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new QuireException(null, 0, "the output " + out + " is a file, not a folder");
            }
            if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
                throw new QuireException(null, 0, "refusing to replace " + out + ": it is not empty and was not "
                        + "written by Quire (no " + MARKER + " file); empty it or choose another --out");
            }
            Path staging = parent.resolve(STAGING + out.getFileName() + "-" + UUID.randomUUID());
            Files.createDirectory(staging);
            return new StagedOutput(out, staging, manifest, previous);
        } catch (IOException e) {
            throw new QuireException(null, 0, "cannot prepare the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /** What this build wrote, by path; null when the output is not tracked. Complete after {@link #commit}. */
    public OutputManifest manifest() {
        return manifest;
    }

    /** True when this build writes only what changed since the previous one. */
    public boolean incremental() {
        return previous != null;
    }

    /**
     * Keeps the previous build's file at {@code path} as it is: for a page an incremental build
     * knows it would render the same.
     *
     * @throws IllegalStateException when the previous build did not write {@code path}
     */
    public void keep(String path) {
        String fingerprint = previous == null ? null : previous.get(path);
        if (fingerprint == null) {
            throw new IllegalStateException("no previous file to keep at " + path);
        }
        claim(path);
        manifest.put(path, fingerprint);
    }

    /** True when the previous build wrote {@code path}, so that it can be {@link #keep kept}. */
    public boolean canKeep(String path) {
        return previous != null && previous.get(path) != null;
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
        if (manifest != null && unchanged(path, OutputManifest.WRITTEN) && sameBytes(target.resolve(path), content)) {
            return;
        }
        try {
            createFolder(file.getParent());
            Files.write(file, content);
            bytes.addAndGet(content.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code text} as UTF-8; when the previous build wrote this very object at {@code path}
     * (a plugin's remembered output), the file in place is known to hold it and is kept.
     */
    public void write(String path, String text) {
        if (manifest == null) {
            write(path, text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (previous != null && previous.wroteText(path, text)) {
            claim(path);
            manifest.put(path, OutputManifest.WRITTEN);
        } else {
            write(path, text.getBytes(StandardCharsets.UTF_8));
        }
        manifest.putText(path, text);
    }

    public void copy(String path, Path source) {
        Path file = claim(path);
        try {
            if (manifest != null && unchanged(path, OutputManifest.ofFile(source))) {
                return;
            }
            createFolder(file.getParent());
            Files.copy(source, file, StandardCopyOption.COPY_ATTRIBUTES);
            bytes.addAndGet(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + path + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code file} holds exactly {@code content}; false when it differs or cannot be read. */
    private static boolean sameBytes(Path file, byte[] content) {
        try {
            return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records {@code fingerprint} for {@code path}; true when the previous build wrote the same there. */
    private boolean unchanged(String path, String fingerprint) {
        manifest.put(path, fingerprint);
        return previous != null && fingerprint.equals(previous.get(path));
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
        commit(Runnable::run);
    }

    /**
     * Puts the new site in place of the old one; {@code moving} runs the step that moves files
     * into the target, so that a server can hold its requests meanwhile.
     */
    public void commit(Consumer<Runnable> moving) {
        try {
            if (previous != null) {
                commitIncremental(moving);
                return;
            }
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
            Path parent = target.getParent();
            if (Files.exists(target)) {
                Path old = parent.resolve(PREVIOUS + target.getFileName() + "-" + UUID.randomUUID());
                locked(moving, () -> {
                    move(target, old);
                    move(staging, target);
                });
                deleteTree(old);
            } else {
                locked(moving, () -> move(staging, target));
            }
            if (manifest != null) {
                manifest.seal(target);
            }
        } catch (IOException e) {
            throw new QuireException(null, 0, "cannot put the new site in place at " + target + ": " + e.getMessage(), e);
        }
    }

    private void commitIncremental(Consumer<Runnable> moving) throws IOException {
        List<String> deleted = new ArrayList<>(previous.paths());
        deleted.removeAll(manifest.paths());
        Collections.sort(deleted);
        Files.write(staging.resolve(DELETIONS), deleted, StandardCharsets.UTF_8);
        Path committed = target.getParent().resolve(COMMIT + target.getFileName() + "-" + UUID.randomUUID());
        move(staging, committed);
        locked(moving, () -> rollForward(committed, target));
        manifest.seal(target);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void locked(Consumer<Runnable> around, IoAction action) throws IOException {
        try {
            around.accept(() -> {
                try {
                    action.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Moves each file of a committed folder into {@code out}, removes the files it lists as
     * deleted, then the folder. Safe to run again on a folder a killed build left half moved.
     */
    private static void rollForward(Path committed, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(committed)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.equals(committed.resolve(DELETIONS))).toList();
        }
        for (Path file : files) {
            Path to = out.resolve(committed.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.move(file, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Path deletions = committed.resolve(DELETIONS);
        if (Files.exists(deletions)) {
            for (String path : Files.readAllLines(deletions, StandardCharsets.UTF_8)) {
                Path gone = out.resolve(path).normalize();
                if (gone.startsWith(out) && !gone.equals(out)) {
                    Files.deleteIfExists(gone);
                    removeEmptyParents(gone.getParent(), out);
                }
            }
        }
        deleteTree(committed);
    }

    private static void removeEmptyParents(Path dir, Path out) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(out) && !current.equals(out) && isEmpty(current)) {
            Files.delete(current);
            current = current.getParent();
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

    /**
     * Undoes a swap that a killed build left between its two renames, finishes an incremental
     * commit that passed its commit point, and sweeps leftovers. Every
     * build does this first, so the previous site is back even when the build then fails.
     */
    public static void recover(Path target) {
        Path out = target.toAbsolutePath().normalize();
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            return;
        }
        try {
            sweep(out);
        } catch (IOException e) {
            throw new QuireException(null, 0, "cannot put back the site a stopped build left beside "
                    + out + ": " + e.getMessage(), e);
        }
    }

    private static void sweep(Path out) throws IOException {
        String name = out.getFileName().toString();
        List<Path> siblings = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(out.getParent(),
                p -> p.getFileName().toString().startsWith(PREVIOUS + name + "-")
                        || p.getFileName().toString().startsWith(STAGING + name + "-")
                        || p.getFileName().toString().startsWith(COMMIT + name + "-"))) {
            found.forEach(siblings::add);
        }
        for (Path sibling : siblings) {
            String file = sibling.getFileName().toString();
            if (file.startsWith(PREVIOUS) && !Files.exists(out)) {
                move(sibling, out);
            } else if (file.startsWith(COMMIT) && Files.isDirectory(out)) {
                rollForward(sibling, out);
            } else {
                deleteTree(sibling);
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
