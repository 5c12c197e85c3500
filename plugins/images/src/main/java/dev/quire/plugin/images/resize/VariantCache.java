package dev.quire.plugin.images.resize;

import dev.quire.plugin.WholeFiles;
import dev.quire.plugin.images.probe.ImageFormat;
import dev.quire.plugin.images.probe.ImageHeader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resized copies of images, kept between builds under the plugin's cache folder and named by the
 * source's {@link dev.quire.plugin.Digest digest}, the width and the encoding settings: a warm
 * build finds every copy and decodes nothing. Files are written whole or not at all ({@link WholeFiles}). Safe to use from many threads.
 */
public final class VariantCache {

    /** Changes whenever the way copies are made changes, so old copies are not reused. */
    private static final String RECIPE = "pb1";

    private final Path directory;
    private final float jpegQuality;

    /**
     * @param directory   the cache folder; created when needed
     * @param jpegQuality the JPEG quality of copies, 0–1
     */
    public VariantCache(Path directory, float jpegQuality) {
        this.directory = directory;
        this.jpegQuality = jpegQuality;
    }

    /** True for images worth resizing: still pictures in a format Quire can decode. */
    public static boolean canResize(ImageHeader header) {
        return header.format().raster() && header.format() != ImageFormat.GIF && !header.animated();
    }

    /**
     * The copies of {@code source} at each of {@code widths} (each smaller than the image), made
     * now for the ones the cache lacks; the source is decoded at most once.
     *
     * @param digest the {@link dev.quire.plugin.Digest digest} of {@code source}'s bytes
     * @throws dev.quire.plugin.images.probe.BadImageException when the image cannot be decoded
     * @throws IOException when the cache cannot be read or written
     */
    public List<Variant> variants(Path source, String digest, ImageHeader header, List<Integer> widths)
            throws IOException {
        if (!canResize(header)) {
            throw new IllegalArgumentException(header.format() + " images are not resized");
        }
        List<Variant> variants = new ArrayList<>();
        BufferedImage decoded = null;
        for (int width : widths) {
            Variant cached = cached(digest, header.format(), width);
            if (cached != null) {
                variants.add(cached);
                continue;
            }
            if (decoded == null) {
                decoded = Resizer.decode(source, header.orientation());
            }
            VariantFormat format = VariantFormat.forSource(header.format(), decoded.getColorModel().hasAlpha());
            BufferedImage scaled = Resizer.scale(decoded, width, header.heightAt(width), format);
            Path file = file(digest, width, format);
            WholeFiles.write(file, Resizer.encode(scaled, format, jpegQuality));
            variants.add(new Variant(width, format, file));
        }
        return variants;
    }

    private Variant cached(String digest, ImageFormat source, int width) {
        for (VariantFormat format : VariantFormat.values()) {
            boolean possible = source == ImageFormat.WEBP || VariantFormat.forSource(source, false) == format;
            Path file = file(digest, width, format);
            if (possible && Files.isRegularFile(file)) {
                return new Variant(width, format, file);
            }
        }
        return null;
    }

    private Path file(String digest, int width, VariantFormat format) {
        String quality = format == VariantFormat.JPEG ? "-q" + Math.round(jpegQuality * 100) : "";
        String name = String.format(Locale.ROOT, "%s-%dw-%s%s.%s", digest, width, RECIPE, quality, format.extension());
        return directory.resolve(digest.substring(0, 2)).resolve(name);
    }
}
