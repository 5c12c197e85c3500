package dev.quire.plugin.images.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.plugin.images.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageProbeTest {

    private static ImageHeader probe(byte[] bytes) throws IOException {
        return ImageProbe.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsPng() throws IOException {
        ImageHeader header = probe(TestImages.png(1600, 900));
        assertThat(header).isEqualTo(new ImageHeader(ImageFormat.PNG, 1600, 900, 1, false));
    }

    @Test
    void tellsAnAnimatedPngFromAStillOne() throws IOException {
        assertThat(probe(TestImages.apng(40, 30)).animated()).isTrue();
        assertThat(probe(TestImages.pngWithAlpha(40, 30)).animated()).isFalse();
    }

    @Test
    void refusesAPngWhoseHeaderChecksumIsWrong() {
        byte[] png = TestImages.png(64, 48);
        png[18] ^= 0x01;
        assertThatThrownBy(() -> probe(png)).isInstanceOf(BadImageException.class).hasMessageContaining("checksum");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 12, 20, 30})
    void refusesAPngCutShortInItsHeader(int length) {
        byte[] png = TestImages.slice(TestImages.png(64, 48), 0, length);
        assertThatThrownBy(() -> probe(png)).isInstanceOf(BadImageException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsBaselineAndProgressiveJpeg(boolean progressive) throws IOException {
        byte[] jpeg = TestImages.jpeg(1200, 800, progressive);
        assertThat(probe(jpeg)).isEqualTo(new ImageHeader(ImageFormat.JPEG, 1200, 800, 1, false));
    }

    @Test
    void findsTheProgressiveFrameHeaderOfARealProgressiveJpeg() {
        byte[] jpeg = TestImages.jpeg(300, 200, true);
        boolean hasSof2 = false;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            hasSof2 |= (jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc2;
        }
        assertThat(hasSof2).as("the test image really is progressive").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1, 1200, 800, true", "3, 1200, 800, false", "6, 800, 1200, true", "8, 800, 1200, false",
            "5, 800, 1200, true"})
    void turnsTheSizeOfAJpegByItsExifOrientation(int orientation, int width, int height, boolean bigEndian)
            throws IOException {
        ImageHeader header = probe(TestImages.jpegWithOrientation(1200, 800, orientation, bigEndian));
        assertThat(header.orientation()).isEqualTo(orientation);
        assertThat(header.width()).isEqualTo(width);
        assertThat(header.height()).isEqualTo(height);
    }

    @Test
    void readsADamagedExifBlockAsUpright() throws IOException {
        byte[] jpeg = TestImages.jpegWithOrientation(120, 80, 6, false);
        jpeg[2 + 4 + 6 + 4] = 99;
        assertThat(probe(jpeg).orientation()).isEqualTo(1);
        assertThat(probe(jpeg).width()).isEqualTo(120);
    }

    @Test
    void refusesAJpegCutShortBeforeItsFrameHeader() {
        byte[] jpeg = TestImages.slice(TestImages.jpeg(64, 48, false), 0, 100);
        assertThatThrownBy(() -> probe(jpeg)).isInstanceOf(BadImageException.class).hasMessageContaining("truncated");
    }

    @Test
    void readsGifAndCountsItsFrames() throws IOException {
        assertThat(probe(TestImages.gif(320, 200))).isEqualTo(new ImageHeader(ImageFormat.GIF, 320, 200, 1, false));
        assertThat(probe(TestImages.animatedGif(32, 20, 3))).isEqualTo(new ImageHeader(ImageFormat.GIF, 32, 20, 1, true));
    }

    @Test
    void readsTheThreeKindsOfWebp() throws IOException {
        assertThat(probe(TestImages.webpLossy(1024, 683))).isEqualTo(new ImageHeader(ImageFormat.WEBP, 1024, 683, 1, false));
        assertThat(probe(TestImages.webpLossless(1, 16384))).isEqualTo(new ImageHeader(ImageFormat.WEBP, 1, 16384, 1, false));
        assertThat(probe(TestImages.webpExtended(3000, 2000, false))).isEqualTo(new ImageHeader(ImageFormat.WEBP, 3000, 2000, 1, false));
        assertThat(probe(TestImages.webpExtended(400, 300, true)).animated()).isTrue();
    }

    @Test
    void refusesAWebpWithADamagedHeader() {
        byte[] lossy = TestImages.webpLossy(100, 100);
        lossy[23] = 0;
        assertThatThrownBy(() -> probe(lossy)).isInstanceOf(BadImageException.class).hasMessageContaining("VP8");
        byte[] unknown = TestImages.webpLossy(100, 100);
        unknown[15] = 'Q';
        assertThatThrownBy(() -> probe(unknown)).isInstanceOf(BadImageException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "width=\"120\" height=\"80\"                      | 120 | 80",
            "width=\"120px\" height=\"80px\" viewBox=\"0 0 12 8\" | 120 | 80",
            "viewBox=\"0 0 300 150\"                           | 300 | 150",
            "viewBox=\"0,0,24.4,10\"                           | 24  | 10",
            "width=\"100%\" viewBox=\"0 0 640 480\"            | 640 | 480",
            "width=\"200\" viewBox=\"0 0 640 480\"             | 200 | 150",
            "height=\"1in\" viewBox=\"0 0 20 10\"              | 192 | 96",
            "width=\"72pt\" height=\"2.54cm\"                  | 96  | 96"})
    void readsTheSizeOfAnSvg(String attributes, int width, int height) throws IOException {
        ImageHeader header = probe(TestImages.svg(attributes));
        assertThat(header.format()).isEqualTo(ImageFormat.SVG);
        assertThat(header.width()).isEqualTo(width);
        assertThat(header.height()).isEqualTo(height);
    }

    @Test
    void refusesAnSvgWithoutAnySize() {
        assertThatThrownBy(() -> probe(TestImages.svg("width=\"50%\"")))
                .isInstanceOf(BadImageException.class).hasMessageContaining("viewBox");
    }

    @Test
    void readsAnSvgWithADoctypeButNeverFetchesItsDtdOrEntities() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY w \"999\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String withDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"" + base
                    + "/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"/>";
            assertThat(probe(withDtd.getBytes(StandardCharsets.UTF_8)).width()).isEqualTo(40);
            String withEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"" + base
                    + "/entities\"> %remote; <!ENTITY h SYSTEM \"" + base + "/h\">]>\n"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"&w;\" height=\"10\"><text>&h;</text></svg>";
            assertThatThrownBy(() -> probe(withEntity.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(BadImageException.class);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesXmlThatIsNotSvgAndFilesThatAreNoImage() {
        assertThatThrownBy(() -> probe("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadImageException.class).hasMessageContaining("<html>");
        assertThatThrownBy(() -> probe("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadImageException.class).hasMessageContaining("not a PNG, JPEG, GIF, WebP or SVG");
        assertThatThrownBy(() -> probe(new byte[0])).isInstanceOf(BadImageException.class).hasMessageContaining("empty");
    }
}
