package dev.quire.plugin.images.resize;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.quire.plugin.images.probe.BadImageException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.resizers.configurations.ScalingMode;

/** Decodes, scales and encodes pictures; safe to use from many threads. */
final class Resizer {

    static {
        // ImageIO finds plugins on the application class path only; register ours when Quire
        // runs inside another class loader (e.g. a Maven plugin's).
        register(new JPEGImageReaderSpi());
        register(new WebPImageReaderSpi());
    }

    private Resizer() {
    }

    private static void register(ImageReaderSpi provider) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        if (registry.getServiceProviderByClass(provider.getClass()) == null) {
            registry.registerServiceProvider(provider);
        }
    }

    /** Decodes the first frame of {@code file}, turned upright by its EXIF {@code orientation}. */
    static BufferedImage decode(Path file, int orientation) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BadImageException("no decoder reads this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Orientation.upright(reader.read(0), orientation);
            } catch (IOException | RuntimeException e) {
                throw new BadImageException("the image cannot be decoded: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Scales {@code image} down to exactly {@code width}×{@code height}, halving step by step
     * (progressive bilinear), which keeps fine lines and text of figures readable.
     */
    static BufferedImage scale(BufferedImage image, int width, int height, VariantFormat format) throws IOException {
        boolean alpha = format == VariantFormat.PNG && image.getColorModel().hasAlpha();
        return Thumbnails.of(image)
                .forceSize(width, height)
                .scalingMode(ScalingMode.PROGRESSIVE_BILINEAR)
                .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                .asBufferedImage();
    }

    /** Encodes: JPEG progressive with optimized tables at {@code quality}; PNG at the strongest compression. */
    static byte[] encode(BufferedImage image, VariantFormat format, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format == VariantFormat.JPEG ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if (format == VariantFormat.JPEG) {
                param.setCompressionQuality(quality);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                if (param instanceof JPEGImageWriteParam jpeg) {
                    jpeg.setOptimizeHuffmanTables(true);
                }
            } else {
                param.setCompressionQuality(0f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
