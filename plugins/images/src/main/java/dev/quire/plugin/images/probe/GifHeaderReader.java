package dev.quire.plugin.images.probe;

import java.io.IOException;

/** GIF: the logical screen size, and whether more than one frame follows (walking the blocks). */
final class GifHeaderReader {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2c;
    private static final int TRAILER = 0x3b;

    private GifHeaderReader() {
    }

    static ImageHeader read(HeaderInput in) throws IOException {
        in.skip(6);
        int width = in.u16le();
        int height = in.u16le();
        int packed = in.u8();
        in.skip(2);
        if (width == 0 || height == 0) {
            throw new BadImageException("the GIF header gives an empty size " + width + "×" + height);
        }
        skipColorTable(in, packed);
        return new ImageHeader(ImageFormat.GIF, width, height, 1, countFrames(in) > 1);
    }

    private static int countFrames(HeaderInput in) throws IOException {
        int frames = 0;
        while (frames < 2) {
            int block = in.u8();
            if (block == TRAILER) {
                break;
            }
            if (block == EXTENSION) {
                in.skip(1);
                skipSubBlocks(in);
            } else if (block == IMAGE) {
                frames++;
                in.skip(8);
                skipColorTable(in, in.u8());
                in.skip(1);
                skipSubBlocks(in);
            } else {
                throw new BadImageException("the GIF has a damaged block");
            }
        }
        if (frames == 0) {
            throw new BadImageException("the GIF has no image");
        }
        return frames;
    }

    private static void skipColorTable(HeaderInput in, int packed) throws IOException {
        if ((packed & 0x80) != 0) {
            in.skip(3L << ((packed & 0x07) + 1));
        }
    }

    private static void skipSubBlocks(HeaderInput in) throws IOException {
        for (int size = in.u8(); size != 0; size = in.u8()) {
            in.skip(size);
        }
    }
}
