package dev.quire.plugin.images.probe;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads the fields of a binary header from a stream; running out of bytes is a {@link BadImageException}. */
final class HeaderInput {

    private final InputStream in;

    HeaderInput(InputStream in) {
        this.in = in;
    }

    byte[] bytes(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw truncated();
        }
        return bytes;
    }

    int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw truncated();
        }
        return b;
    }

    int u16be() throws IOException {
        return u8() << 8 | u8();
    }

    int u16le() throws IOException {
        return u8() | u8() << 8;
    }

    long u32be() throws IOException {
        return (long) u16be() << 16 | u16be();
    }

    long u32le() throws IOException {
        return u16le() | (long) u16le() << 16;
    }

    void skip(long count) throws IOException {
        try {
            in.skipNBytes(count);
        } catch (EOFException e) {
            throw truncated();
        }
    }

    /** True when {@code bytes} starts with the ASCII text {@code magic}. */
    static boolean startsWith(byte[] bytes, int offset, String magic) {
        if (bytes.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[offset + i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int u16le(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
    }

    static int u24le(byte[] b, int offset) {
        return u16le(b, offset) | (b[offset + 2] & 0xff) << 16;
    }

    static long u32le(byte[] b, int offset) {
        return u16le(b, offset) | (long) u16le(b, offset + 2) << 16;
    }

    static int u16be(byte[] b, int offset) {
        return (b[offset] & 0xff) << 8 | (b[offset + 1] & 0xff);
    }

    static long u32be(byte[] b, int offset) {
        return (long) u16be(b, offset) << 16 | u16be(b, offset + 2);
    }

    private static BadImageException truncated() {
        return new BadImageException("the file ends inside its header (truncated)");
    }
}
