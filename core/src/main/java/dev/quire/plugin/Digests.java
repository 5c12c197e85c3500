package dev.quire.plugin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short digests (the first 128 bits of SHA-256, in hex) of large values, for keying what a plugin
 * remembers ({@link PluginContext#memo}) by the value without keeping it: equal digests mean equal
 * values for all practical purposes.
 */
public final class Digests {

    private Digests() {
    }

    /** The digest of {@code text} in UTF-8. */
    public static String of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return of(bytes, 0, bytes.length);
    }

    /** The digest of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String of(byte[] bytes, int offset, int length) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        sha256.update(bytes, offset, length);
        return HexFormat.of().formatHex(sha256.digest(), 0, 16);
    }
}
