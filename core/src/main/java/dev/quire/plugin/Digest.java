package dev.quire.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256, the one digest Quire uses: for telling whether what a build read changed, for naming
 * files by their content, and for keying remembered work by a large value without keeping it.
 *
 * <p>The static methods digest bytes as they are. An instance digests a sequence of parts, each
 * with its length, so that {@code "ab", "c"} and {@code "a", "bc"} differ.
 */
public final class Digest {

    private final MessageDigest sha = sha256();

    /** A digest of the parts {@code add}ed to it, in order. */
    public Digest() {
    }

    /** The first 128 bits of the SHA-256 of {@code text} in UTF-8, in hex: a short name for a large value. */
    public static String of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return of(bytes, 0, bytes.length);
    }

    /** The first 128 bits of the SHA-256 of {@code length} bytes of {@code bytes} from {@code offset}, in hex. */
    public static String of(byte[] bytes, int offset, int length) {
        MessageDigest digest = sha256();
        digest.update(bytes, offset, length);
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The SHA-256 of a file's bytes, in hex, read in pieces (for files of any size). */
    public static String ofFile(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds a text (or "null"). */
    public Digest add(String text) {
        return add(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds bytes. */
    public Digest add(byte[] bytes) {
        int length = bytes.length;
        sha.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        sha.update(bytes);
        return this;
    }

    /** Adds a file's bytes, or a mark that it is missing. */
    public Digest addFile(Path file) {
        try {
            return Files.isRegularFile(file) ? add("file").add(Files.readAllBytes(file)) : add("none");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds every file under {@code folder} with its path, in a stable order. */
    public Digest addTree(Path folder) {
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

    /** The digest of everything added, in hex; the digest starts again empty. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
