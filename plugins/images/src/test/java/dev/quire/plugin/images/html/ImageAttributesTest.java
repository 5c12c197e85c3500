package dev.quire.plugin.images.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.images.asset.Asset;
import dev.quire.plugin.images.probe.ImageFormat;
import dev.quire.plugin.images.probe.ImageHeader;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.junit.jupiter.api.Test;

class ImageAttributesTest {

    private static final ImageAttributes ATTRIBUTES = new ImageAttributes("(max-width: 800px) 100vw, 800px");
    private static final ImageHeader WIDE = new ImageHeader(ImageFormat.PNG, 1600, 900, 1, false);
    private static final Asset WITH_COPIES = new Asset("/assets/images/a.11111111.png", "assets/images/a.11111111.png",
            Path.of("a.png"), WIDE, List.of(
                    new Asset.PublishedVariant(480, "/assets/images/a-480w.22222222.png", "x", Path.of("x")),
                    new Asset.PublishedVariant(960, "/assets/images/a-960w.33333333.png", "y", Path.of("y"))));

    private static Attributes attributes(String... pairs) {
        Attributes attributes = new Attributes();
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        return attributes;
    }

    @Test
    void addsSourceSizeCopiesAndLazyLoading() {
        Attributes a = attributes("src", "./a.png", "alt", "A");
        ATTRIBUTES.complete(a, WITH_COPIES, true);
        assertThat(StartTag.of("img", a, false)).isEqualTo("<img src=\"/assets/images/a.11111111.png\" alt=\"A\" "
                + "width=\"1600\" height=\"900\" srcset=\"/assets/images/a-480w.22222222.png 480w, "
                + "/assets/images/a-960w.33333333.png 960w, /assets/images/a.11111111.png 1600w\" "
                + "sizes=\"(max-width: 800px) 100vw, 800px\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void theAuthorsWidthOrHeightSetsTheScale() {
        Attributes width = attributes("width", "320px");
        ATTRIBUTES.complete(width, WITH_COPIES, false);
        assertThat(width.get("height")).isEqualTo("180");
        assertThat(width.get("sizes")).isEqualTo("(max-width: 320px) 100vw, 320px");
        Attributes height = attributes("height", "90");
        ATTRIBUTES.complete(height, WITH_COPIES, false);
        assertThat(height.get("width")).isEqualTo("160");
        Attributes both = attributes("width", "10", "height", "10");
        ATTRIBUTES.complete(both, WITH_COPIES, false);
        assertThat(both.get("width") + "×" + both.get("height")).isEqualTo("10×10");
    }

    @Test
    void leavesAlonePercentSizesAndTheAuthorsOwnChoices() {
        Attributes a = attributes("width", "50%", "srcset", "mine.png 2x", "loading", "eager");
        ATTRIBUTES.complete(a, WITH_COPIES, true);
        assertThat(a.get("width")).isEqualTo("50%");
        assertThat(a.hasKey("height")).isFalse();
        assertThat(a.get("srcset")).isEqualTo("mine.png 2x");
        assertThat(a.get("loading")).isEqualTo("eager");
        assertThat(a.get("decoding")).isEqualTo("async");
    }

    @Test
    void anImageOutsideTheSiteOnlyLoadsLazily() {
        Attributes a = attributes("src", "https://example.org/x.png");
        ATTRIBUTES.complete(a, null, true);
        assertThat(StartTag.of("img", a, true)).isEqualTo("<img src=\"https://example.org/x.png\" loading=\"lazy\" decoding=\"async\" />");
    }

    @Test
    void escapesValuesAndKeepsAttributesWithoutValue() {
        Attributes a = new Attributes();
        a.put("alt", "\"A\" & <B>");
        a.put("hidden", true);
        assertThat(StartTag.of("img", a, false)).isEqualTo("<img alt=\"&quot;A&quot; &amp; &lt;B&gt;\" hidden>");
    }
}
