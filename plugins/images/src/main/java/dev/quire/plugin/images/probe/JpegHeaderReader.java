package dev.quire.plugin.images.probe;

import java.io.IOException;

/**
 * JPEG: walks the marker segments up to the frame header (baseline, progressive, lossless and
 * arithmetic-coded alike), reading the EXIF orientation on the way, since browsers rotate by it.
 */
final class JpegHeaderReader {

    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int APP1 = 0xe1;
    private static final int TEM = 0x01;

    private JpegHeaderReader() {
    }

    static ImageHeader read(HeaderInput in) throws IOException {
        in.skip(2);
        int orientation = 1;
        while (true) {
            if (in.u8() != 0xff) {
                throw new BadImageException("the JPEG is damaged: a segment does not start with a marker");
            }
            int marker = in.u8();
            while (marker == 0xff) {
                marker = in.u8();
            }
            if (marker == SOI || marker == TEM || marker >= 0xd0 && marker <= 0xd7) {
                continue;
            }
            if (marker == EOI || marker == SOS) {
                throw new BadImageException("the JPEG has no frame header before its image data");
            }
            int length = in.u16be();
            if (length < 2) {
                throw new BadImageException("the JPEG has a damaged segment length");
            }
            if (isFrameHeader(marker)) {
                return frame(in.bytes(length - 2), orientation);
            }
            if (marker == APP1 && orientation == 1) {
                orientation = Exif.orientation(in.bytes(length - 2));
            } else {
                in.skip(length - 2);
            }
        }
    }

    /** SOF0–SOF15 except DHT (c4), JPG (c8) and DAC (cc), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static ImageHeader frame(byte[] sof, int orientation) throws BadImageException {
        if (sof.length < 5) {
            throw new BadImageException("the JPEG frame header is cut short");
        }
        int height = HeaderInput.u16be(sof, 1);
        int width = HeaderInput.u16be(sof, 3);
        if (width == 0 || height == 0) {
            throw new BadImageException("the JPEG frame header gives no size (" + width + "×" + height + ")");
        }
        boolean quarterTurn = orientation >= 5;
        return new ImageHeader(ImageFormat.JPEG, quarterTurn ? height : width, quarterTurn ? width : height,
                orientation, false);
    }
}
