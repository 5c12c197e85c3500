package dev.quire.plugin.images.probe;

import java.io.IOException;
import java.util.zip.CRC32;

/** PNG: the IHDR chunk (checked against its CRC), and an {@code acTL} chunk before the image data for APNG. */
final class PngHeaderReader {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final long MAX_CHUNK = Integer.MAX_VALUE;

    private PngHeaderReader() {
    }

    static ImageHeader read(HeaderInput in) throws IOException {
        in.skip(SIGNATURE.length);
        long length = in.u32be();
        byte[] type = in.bytes(4);
        if (!HeaderInput.startsWith(type, 0, "IHDR") || length != 13) {
            throw new BadImageException("the PNG does not start with its IHDR header chunk");
        }
        byte[] data = in.bytes(13);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        if (crc.getValue() != in.u32be()) {
            throw new BadImageException("the PNG header is damaged (its checksum does not match)");
        }
        long width = HeaderInput.u32be(data, 0);
        long height = HeaderInput.u32be(data, 4);
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new BadImageException("the PNG header gives an impossible size " + width + "×" + height);
        }
        return new ImageHeader(ImageFormat.PNG, (int) width, (int) height, 1, isAnimated(in));
    }

    /** APNG puts its animation control chunk anywhere before the first image data chunk. */
    private static boolean isAnimated(HeaderInput in) throws IOException {
        while (true) {
            long length = in.u32be();
            byte[] type = in.bytes(4);
            if (length > MAX_CHUNK) {
                throw new BadImageException("the PNG has a damaged chunk length");
            }
            if (HeaderInput.startsWith(type, 0, "acTL")) {
                return true;
            }
            if (HeaderInput.startsWith(type, 0, "IDAT") || HeaderInput.startsWith(type, 0, "IEND")) {
                return false;
            }
            in.skip(length + 4);
        }
    }
}
