package dev.quire.plugin.images.resize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.plugin.images.TestImages;
import dev.quire.plugin.images.probe.BadImageException;
import dev.quire.plugin.images.probe.ImageHeader;
import dev.quire.plugin.images.probe.ImageProbe;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantCacheTest {

    private static final String SHA = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/images/" + name)) {
            return write(name, in.readAllBytes());
        }
    }

    @Test
    void makesEachWidthKeepingTheAspectRatio() throws IOException {
        Path png = write("figure.png", TestImages.png(1600, 900));
        ImageHeader header = ImageProbe.read(png);
        List<Variant> variants = new VariantCache(dir.resolve("cache"), 0.85f).variants(png, SHA, header, List.of(480, 960, 1440));

        assertThat(variants).extracting(Variant::width).containsExactly(480, 960, 1440);
        for (Variant variant : variants) {
            assertThat(variant.format()).isEqualTo(VariantFormat.PNG);
            BufferedImage image = TestImages.decode(Files.readAllBytes(variant.file()));
            assertThat(image.getWidth()).isEqualTo(variant.width());
            assertThat(image.getHeight()).isEqualTo(header.heightAt(variant.width()));
        }
        assertThat(variants.get(0).file()).startsWith(dir.resolve("cache").resolve("ab"));
    }

    @Test
    void storesCopiesOfAJpegUprightByItsExifOrientation() throws IOException {
        byte[] stored = TestImages.jpegWithOrientation(1200, 800, 6, false);
        Path jpeg = write("portrait.jpg", stored);
        ImageHeader header = ImageProbe.read(jpeg);
        Variant variant = new VariantCache(dir, 0.9f).variants(jpeg, SHA, header, List.of(400)).get(0);

        BufferedImage image = TestImages.decode(Files.readAllBytes(variant.file()));
        assertThat(variant.format()).isEqualTo(VariantFormat.JPEG);
        assertThat(variant.file().toString()).endsWith("-q90.jpg");
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(600);
        // The stored image's left edge is the gradient's dark blue start; turned 90° clockwise it is on top.
        Color top = new Color(image.getRGB(200, 2));
        Color bottom = new Color(image.getRGB(200, 597));
        assertThat(top.getBlue()).isGreaterThan(bottom.getBlue());
    }

    @Test
    void decodesWebpAndKeepsTransparencyOnlyWhereThereIsSome() throws IOException {
        Path photo = resource("photo-1200x800.webp");
        Path alpha = resource("alpha-900x600.webp");
        VariantCache cache = new VariantCache(dir.resolve("cache"), 0.85f);

        Variant opaque = cache.variants(photo, SHA, ImageProbe.read(photo), List.of(480)).get(0);
        Variant translucent = cache.variants(alpha, SHA.replace('a', 'f'), ImageProbe.read(alpha), List.of(480)).get(0);

        assertThat(opaque.format()).isEqualTo(VariantFormat.JPEG);
        BufferedImage photoCopy = TestImages.decode(Files.readAllBytes(opaque.file()));
        assertThat(photoCopy.getWidth()).isEqualTo(480);
        assertThat(photoCopy.getHeight()).isEqualTo(320);
        Color corner = new Color(photoCopy.getRGB(10, 10));
        assertThat(corner.getRed()).isGreaterThan(200);
        assertThat(corner.getGreen()).isLessThan(60);

        assertThat(translucent.format()).isEqualTo(VariantFormat.PNG);
        BufferedImage alphaCopy = TestImages.decode(Files.readAllBytes(translucent.file()));
        assertThat(alphaCopy.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(alphaCopy.getRGB(240, 300), true).getAlpha()).isLessThan(255);
    }

    @Test
    void aWarmCacheNeitherDecodesNorRewrites() throws IOException {
        Path png = write("figure.png", TestImages.png(1000, 500));
        ImageHeader header = ImageProbe.read(png);
        VariantCache cache = new VariantCache(dir.resolve("cache"), 0.85f);
        List<Variant> cold = cache.variants(png, SHA, header, List.of(480, 960));
        FileTime stamp = FileTime.fromMillis(1_000_000_000_000L);
        for (Variant variant : cold) {
            Files.setLastModifiedTime(variant.file(), stamp);
        }
        Files.delete(png);

        List<Variant> warm = cache.variants(png, SHA, header, List.of(480, 960));

        assertThat(warm).isEqualTo(cold);
        for (Variant variant : warm) {
            assertThat(Files.getLastModifiedTime(variant.file())).isEqualTo(stamp);
        }
    }

    @Test
    void makesOnlyTheWidthsTheCacheLacks() throws IOException {
        Path png = write("figure.png", TestImages.png(1000, 500));
        ImageHeader header = ImageProbe.read(png);
        VariantCache cache = new VariantCache(dir.resolve("cache"), 0.85f);
        Variant small = cache.variants(png, SHA, header, List.of(480)).get(0);
        Files.setLastModifiedTime(small.file(), FileTime.fromMillis(1_000_000_000_000L));

        List<Variant> both = cache.variants(png, SHA, header, List.of(480, 960));

        assertThat(Files.getLastModifiedTime(both.get(0).file()).toMillis()).isEqualTo(1_000_000_000_000L);
        assertThat(TestImages.decode(Files.readAllBytes(both.get(1).file())).getWidth()).isEqualTo(960);
    }

    @Test
    void makesTheSameBytesEveryTime() throws IOException {
        Path png = write("figure.png", TestImages.png(1600, 900));
        Path jpeg = write("photo.jpg", TestImages.jpeg(1600, 900, true));
        for (Path source : List.of(png, jpeg)) {
            ImageHeader header = ImageProbe.read(source);
            Variant first = new VariantCache(dir.resolve("one"), 0.85f).variants(source, SHA, header, List.of(960)).get(0);
            Variant second = new VariantCache(dir.resolve("two"), 0.85f).variants(source, SHA, header, List.of(960)).get(0);
            assertThat(Files.readAllBytes(second.file())).isEqualTo(Files.readAllBytes(first.file()));
        }
    }

    @Test
    void reportsAnImageThatCannotBeDecoded() throws IOException {
        byte[] png = TestImages.png(1200, 800);
        Path cut = write("cut.png", TestImages.slice(png, 0, png.length / 3));
        ImageHeader header = ImageProbe.read(cut);
        VariantCache cache = new VariantCache(dir.resolve("cache"), 0.85f);

        assertThatThrownBy(() -> cache.variants(cut, SHA, header, List.of(480)))
                .isInstanceOf(BadImageException.class).hasMessageContaining("cannot be decoded");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void neverResizesGifsSvgsOrAnimations() throws IOException {
        assertThat(VariantCache.canResize(ImageProbe.read(write("a.gif", TestImages.gif(900, 600))))).isFalse();
        assertThat(VariantCache.canResize(ImageProbe.read(write("a.png", TestImages.apng(900, 600))))).isFalse();
        assertThat(VariantCache.canResize(ImageProbe.read(write("a.svg", TestImages.svg("viewBox=\"0 0 900 600\""))))).isFalse();
        assertThat(VariantCache.canResize(ImageProbe.read(write("b.png", TestImages.png(900, 600))))).isTrue();
    }
}
