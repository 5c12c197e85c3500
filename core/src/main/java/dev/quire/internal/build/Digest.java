package dev.quire.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 digest built from strings and files, for telling whether inputs changed between builds. */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Digest add(String text) {
        byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
        addLength(bytes.length);
        sha.update(bytes);
        return this;
    }

    Digest add(byte[] bytes) {
        addLength(bytes.length);
        sha.update(bytes);
        return this;
    }

    /** Adds a file's bytes, or a mark that it is missing. */
    Digest addFile(Path file) {
        try {
            return Files.isRegularFile(file) ? add("file").add(Files.readAllBytes(file)) : add("none");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds every file under {@code folder} with its path, in a stable order. */
    Digest addTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return add("no folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            add(folder.relativize(file).toString()).addFile(file);
        }
        return this;
    }

    private void addLength(int length) {
        sha.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
