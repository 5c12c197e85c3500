package dev.quire.plugin.images.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetNamesTest {

    private static final String SHA = "1a2b3c4d5e6f00112233445566778899aabbccddeeff00112233445566778899";

    @Test
    void namesAFileByItsStemAndTheStartOfItsHash() {
        assertThat(AssetNames.name(AssetNames.IMAGES, "blog_20251127_img1.PNG", "", SHA, AssetNames.extension("x.PNG")))
                .isEqualTo("assets/images/blog_20251127_img1.1a2b3c4d.png");
        assertThat(AssetNames.name(AssetNames.IMAGES, "fig.png", "-480w", SHA, "jpg"))
                .isEqualTo("assets/images/fig-480w.1a2b3c4d.jpg");
    }

    @ParameterizedTest
    @CsvSource({"my figure (final).png, my-figure-final", "그림 1.png, 그림-1", "...png, file", "a.b.c.png, a-b-c",
            "no-extension, no-extension"})
    void makesStemsSafeForUrls(String fileName, String stem) {
        assertThat(AssetNames.stem(fileName)).isEqualTo(stem);
    }

    @Test
    void writesKoreanNamesComposedWhateverTheFileSystemStored() {
        String decomposed = Normalizer.normalize("그림.png", Normalizer.Form.NFD);
        assertThat(AssetNames.stem(decomposed)).isEqualTo("그림");
    }

    @ParameterizedTest
    @CsvSource({"paper.PDF, pdf", "archive, bin", "weird.ex t, bin"})
    void extensions(String fileName, String extension) {
        assertThat(AssetNames.extension(fileName)).isEqualTo(extension);
    }
}
