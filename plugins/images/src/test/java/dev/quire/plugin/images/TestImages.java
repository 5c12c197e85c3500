package dev.quire.plugin.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Real image files made for tests: encoded with javax.imageio, or put together byte by byte where
 * the JDK cannot write the format (WebP headers, EXIF, APNG).
 */
public final class TestImages {

    private TestImages() {
    }

    /** A picture with a diagonal gradient, so scaled copies differ from a flat colour. */
    public static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 200, alpha ? 120 : 255), width, height, new Color(240, 180, 20)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, false), "png");
    }

    public static byte[] pngWithAlpha(int width, int height) {
        return encode(picture(width, height, true), "png");
    }

    /** A PNG of {@code width}×{@code height} whose pixels also say {@code marker}, for telling files apart. */
    public static byte[] png(int width, int height, Color marker) {
        BufferedImage image = picture(width, height, false);
        Graphics2D g = image.createGraphics();
        g.setColor(marker);
        g.fillRect(0, 0, Math.max(1, width / 10), Math.max(1, height / 10));
        g.dispose();
        return encode(image, "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, false), "gif");
    }

    public static byte[] jpeg(int width, int height, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(picture(width, height, false), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A JPEG stored {@code storedWidth}×{@code storedHeight} with an EXIF block saying
     * {@code orientation}, in big- or little-endian TIFF order.
     */
    public static byte[] jpegWithOrientation(int storedWidth, int storedHeight, int orientation, boolean bigEndian) {
        byte[] jpeg = jpeg(storedWidth, storedHeight, false);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010f).putShort((short) 2).putInt(1).putInt(0);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif);
        return concat(slice(jpeg, 0, 2), app1.array(), slice(jpeg, 2, jpeg.length));
    }

    /** A GIF of several frames, written as an image sequence. */
    public static byte[] animatedGif(int width, int height, int frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = picture(width, height, false);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A PNG with an APNG animation control chunk after its header. */
    public static byte[] apng(int width, int height) {
        byte[] png = png(width, height);
        int afterHeader = 8 + 25;
        byte[] acTl = ByteBuffer.allocate(8).putInt(2).putInt(0).array();
        return concat(slice(png, 0, afterHeader), chunk("acTL", acTl), slice(png, afterHeader, png.length));
    }

    /** A PNG chunk: length, type, data, CRC of type and data. */
    public static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The headers of a lossy WebP key frame (VP8), as encoders write them; no image data follows. */
    public static byte[] webpLossy(int width, int height) {
        ByteBuffer vp8 = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8.put((byte) 0x30).put((byte) 0x01).put((byte) 0x00)
                .put((byte) 0x9d).put((byte) 0x01).put((byte) 0x2a)
                .putShort((short) width).putShort((short) height);
        return riff("VP8 ", vp8.array());
    }

    /** The header of a lossless WebP (VP8L). */
    public static byte[] webpLossless(int width, int height) {
        ByteBuffer vp8l = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN);
        vp8l.put((byte) 0x2f).putInt((width - 1) | (height - 1) << 14 | 1 << 28);
        return riff("VP8L", vp8l.array());
    }

    /** The header of an extended WebP (VP8X), animated or not. */
    public static byte[] webpExtended(int width, int height, boolean animated) {
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) (animated ? 0x12 : 0x10)).put(new byte[3]);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return riff("VP8X", vp8x.array());
    }

    private static byte[] riff(String fourCc, byte[] chunk) {
        ByteBuffer riff = ByteBuffer.allocate(20 + chunk.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + chunk.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(chunk.length).put(chunk);
        return riff.array();
    }

    public static byte[] svg(String attributes) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes
                + "><rect width=\"10\" height=\"10\"/></svg>\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
