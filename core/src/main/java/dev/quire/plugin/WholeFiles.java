package dev.quire.plugin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files written whole or not at all, for caches and data files that outlive a build: a build that
 * is killed, or two builds at once, never leave half a file. The bytes go to a temporary file beside
 * the target, named after the writing process, and are then renamed over it; {@link #sweep} removes
 * the temporary files of processes that died before their rename.
 */
public final class WholeFiles {

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d{1,19})\\.part");

    private WholeFiles() {
    }

    /** What goes into a file, written to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code file}, creating its folder when needed. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** Writes what {@code body} writes to {@code file}, creating its folder when needed: for files too large to build in memory first. */
    public static void write(Path file, Body body) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".",
                "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes the temporary files that processes no longer running left in {@code folder} and, to
     * {@code depth} levels, in its subfolders. Files of running processes are left alone.
     */
    public static void sweep(Path folder, int depth) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> files = Files.walk(folder, depth)) {
            leftovers = files.filter(WholeFiles::leftByDeadProcess).toList();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
    }

    private static boolean leftByDeadProcess(Path file) {
        Matcher name = TEMPORARY.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return false;
        }
        try {
            long pid = Long.parseLong(name.group(1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
