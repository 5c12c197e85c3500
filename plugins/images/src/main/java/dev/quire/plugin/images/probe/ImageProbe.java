package dev.quire.plugin.images.probe;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells an image's format and size from the start of its file, by its bytes rather than its name. */
public final class ImageProbe {

    private static final int MAGIC = 16;

    private ImageProbe() {
    }

    /**
     * @throws BadImageException when the file is no image of a known format, or a damaged one
     * @throws IOException       when the file cannot be read
     */
    public static ImageHeader read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads from {@code in}, which it does not close. */
    public static ImageHeader read(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(MAGIC);
        byte[] magic = buffered.readNBytes(MAGIC);
        buffered.reset();
        HeaderInput header = new HeaderInput(buffered);
        if (startsWith(magic, PngHeaderReader.SIGNATURE)) {
            return PngHeaderReader.read(header);
        }
        if (magic.length >= 3 && (magic[0] & 0xff) == 0xff && (magic[1] & 0xff) == 0xd8 && (magic[2] & 0xff) == 0xff) {
            return JpegHeaderReader.read(header);
        }
        if (HeaderInput.startsWith(magic, 0, "GIF87a") || HeaderInput.startsWith(magic, 0, "GIF89a")) {
            return GifHeaderReader.read(header);
        }
        if (HeaderInput.startsWith(magic, 0, "RIFF") && HeaderInput.startsWith(magic, 8, "WEBP")) {
            return WebpHeaderReader.read(header);
        }
        if (looksLikeXml(magic)) {
            return SvgHeaderReader.read(buffered);
        }
        throw new BadImageException(magic.length == 0 ? "the file is empty"
                : "the file is not a PNG, JPEG, GIF, WebP or SVG image");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text that starts, after a byte order mark and white space, with {@code <}. */
    private static boolean looksLikeXml(byte[] magic) {
        int i = magic.length >= 3 && (magic[0] & 0xff) == 0xef && (magic[1] & 0xff) == 0xbb && (magic[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < magic.length && Character.isWhitespace(magic[i])) {
            i++;
        }
        return i < magic.length && magic[i] == '<';
    }
}
