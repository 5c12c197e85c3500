package dev.quire.plugin.images.probe;

import java.io.IOException;

/** WebP: the size from the first chunk, which is a lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
final class WebpHeaderReader {

    private static final int VP8X_ANIMATION = 0x02;

    private WebpHeaderReader() {
    }

    static ImageHeader read(HeaderInput in) throws IOException {
        in.skip(12);
        byte[] fourCc = in.bytes(4);
        in.skip(4);
        if (HeaderInput.startsWith(fourCc, 0, "VP8 ")) {
            return lossy(in.bytes(10));
        }
        if (HeaderInput.startsWith(fourCc, 0, "VP8L")) {
            return lossless(in.bytes(5));
        }
        if (HeaderInput.startsWith(fourCc, 0, "VP8X")) {
            return extended(in.bytes(10));
        }
        throw new BadImageException("the WebP file has no VP8, VP8L or VP8X header");
    }

    /** A key frame: 3 bytes of frame tag, the start code 9d 01 2a, then 14-bit width and height. */
    private static ImageHeader lossy(byte[] d) throws BadImageException {
        boolean keyFrame = (d[0] & 0x01) == 0;
        if (!keyFrame || (d[3] & 0xff) != 0x9d || (d[4] & 0xff) != 0x01 || (d[5] & 0xff) != 0x2a) {
            throw new BadImageException("the WebP (VP8) frame header is damaged");
        }
        return header(HeaderInput.u16le(d, 6) & 0x3fff, HeaderInput.u16le(d, 8) & 0x3fff, false);
    }

    /** The signature byte 0x2f, then width − 1 and height − 1 in 14 bits each. */
    private static ImageHeader lossless(byte[] d) throws BadImageException {
        if ((d[0] & 0xff) != 0x2f) {
            throw new BadImageException("the WebP (VP8L) header is damaged");
        }
        long bits = HeaderInput.u32le(d, 1);
        return header((int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1, false);
    }

    /** Flags, 3 reserved bytes, then canvas width − 1 and height − 1 in 24 bits each. */
    private static ImageHeader extended(byte[] d) throws BadImageException {
        boolean animated = (d[0] & VP8X_ANIMATION) != 0;
        return header(HeaderInput.u24le(d, 4) + 1, HeaderInput.u24le(d, 7) + 1, animated);
    }

    private static ImageHeader header(int width, int height, boolean animated) throws BadImageException {
        if (width == 0 || height == 0) {
            throw new BadImageException("the WebP header gives an empty size " + width + "×" + height);
        }
        return new ImageHeader(ImageFormat.WEBP, width, height, 1, animated);
    }
}
