package dev.quire.plugin.images.asset;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Output names of published files: {@code assets/images/<stem>.<8 hex>.<ext>}. The stem keeps the
 * author's name readable (letters of any script, digits, {@code -} and {@code _}); the hash makes
 * the name change whenever the bytes do, so browsers and CDNs may cache it forever.
 */
final class AssetNames {

    static final String IMAGES = "assets/images/";
    static final String FILES = "assets/files/";
    private static final int HASH_LENGTH = 8;

    private AssetNames() {
    }

    /** {@code folder + stem + "." + hash + "." + extension}; {@code suffix} goes after the stem, e.g. {@code -480w}. */
    static String name(String folder, String fileName, String suffix, String digest, String extension) {
        return folder + stem(fileName) + suffix + "." + digest.substring(0, HASH_LENGTH) + "." + extension;
    }

    /** The lower-case extension of a file name, or {@code bin} when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,10}") ? extension : "bin";
    }

    /** The file name without extension, in NFC (macOS writes Korean names decomposed), made URL-safe. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = Normalizer.normalize(dot <= 0 ? fileName : fileName.substring(0, dot), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); ) {
            int c = stem.codePointAt(i);
            boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_';
            if (keep) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            i += Character.charCount(c);
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "file" : out.toString();
    }
}
