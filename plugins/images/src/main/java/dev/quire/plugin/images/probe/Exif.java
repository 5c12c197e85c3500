package dev.quire.plugin.images.probe;

/**
 * The orientation tag of an EXIF block (a JPEG APP1 segment). A damaged block means "upright",
 * as browsers read it: the picture is still shown.
 */
final class Exif {

    private static final int ORIENTATION = 0x0112;
    private static final int SHORT = 3;
    private static final int TIFF = 6;

    private Exif() {
    }

    /** @return the orientation 1–8, or 1 when the segment has none */
    static int orientation(byte[] app1) {
        if (!HeaderInput.startsWith(app1, 0, "Exif\0\0") || app1.length < TIFF + 8) {
            return 1;
        }
        boolean little;
        if (HeaderInput.startsWith(app1, TIFF, "II")) {
            little = true;
        } else if (HeaderInput.startsWith(app1, TIFF, "MM")) {
            little = false;
        } else {
            return 1;
        }
        if (u16(app1, TIFF + 2, little) != 42) {
            return 1;
        }
        long ifd = TIFF + u32(app1, TIFF + 4, little);
        if (ifd + 2 > app1.length) {
            return 1;
        }
        int entries = u16(app1, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > app1.length) {
                return 1;
            }
            int at = (int) entry;
            if (u16(app1, at, little) == ORIENTATION && u16(app1, at + 2, little) == SHORT) {
                int value = u16(app1, at + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int offset, boolean little) {
        return little ? HeaderInput.u16le(b, offset) : HeaderInput.u16be(b, offset);
    }

    private static long u32(byte[] b, int offset, boolean little) {
        return little ? HeaderInput.u32le(b, offset) : HeaderInput.u32be(b, offset);
    }
}
