package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.testing.TestSite;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resized copies are made once and found again by later builds of the same site. */
class WarmBuildTest {

    private static final String PAGE = "blog/2025/05/06/wide/index.html";
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    /** The resized copies in the cache. */
    private static List<Path> cached(TestSite site) throws IOException {
        Path cache = site.root().resolve(".quire/cache/images");
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    private static Path cachedCopy(TestSite site, int width) throws IOException {
        return cached(site).stream().filter(f -> f.getFileName().toString().contains("-" + width + "w-")).findFirst().orElseThrow();
    }

    private static String srcsetEntry(TestSite site, int width) {
        String srcset = Jsoup.parse(site.output(PAGE)).selectFirst("article img").attr("srcset");
        return Stream.of(srcset.split(", ")).filter(c -> c.endsWith(" " + width + "w")).findFirst().orElseThrow()
                .split(" ")[0];
    }

    @Test
    void aWarmBuildUsesTheCachedCopiesWithoutResizing() throws IOException {
        TestSite site = TestSite.in(dir).file("blog/2025-05-06-wide/wide.png", TestImages.png(1600, 900))
                .post("blog/2025-05-06-wide/index.md", "# Wide\n\n![wide](./wide.png)\n");
        assertThat(site.build().success()).isTrue();
        List<Path> cold = cached(site);
        assertThat(cold).hasSize(3);
        for (Path file : cold) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        // Replace the cached 480 px copy by a picture the resizer could never make from the source:
        // if the warm build publishes it, it took the copy from the cache instead of resizing.
        Path small = cold.stream().filter(f -> f.getFileName().toString().contains("-480w-")).findFirst().orElseThrow();
        byte[] marker = TestImages.png(480, 270, Color.MAGENTA);
        Files.write(small, marker);
        Files.setLastModifiedTime(small, LONG_AGO);

        BuildResult warm = site.build();

        assertThat(warm.success()).isTrue();
        assertThat(cached(site)).isEqualTo(cold);
        for (Path file : cached(site)) {
            assertThat(Files.getLastModifiedTime(file)).as("%s", file).isEqualTo(LONG_AGO);
        }
        String published = srcsetEntry(site, 480);
        assertThat(Files.readAllBytes(site.out().resolve(published.substring(1)))).isEqualTo(marker);
    }

    @Test
    void aWarmBuildTrustsWhatItReadBeforeUntilThePictureChanges() throws IOException {
        TestSite site = TestSite.in(dir).file("blog/2025-05-06-wide/wide.png", TestImages.png(1600, 900))
                .post("blog/2025-05-06-wide/index.md", "# Wide\n\n![wide](./wide.png)\n");
        assertThat(site.build().success()).isTrue();
        Path known = site.root().resolve(".quire/cache/images/files.tsv");
        assertThat(Files.readString(known)).contains("blog/2025-05-06-wide/wide.png\t").contains("\tPNG\t1600\t900\t1\tfalse");
        // A size the picture does not have: if the warm build shows it, it did not read the picture again.
        Files.writeString(known, Files.readString(known).replace("\tPNG\t1600\t900\t", "\tPNG\t1234\t900\t"));

        assertThat(site.build().success()).isTrue();
        assertThat(Jsoup.parse(site.output(PAGE)).selectFirst("article img").attr("width")).isEqualTo("1234");

        Path picture = site.root().resolve("blog/2025-05-06-wide/wide.png");
        Files.setLastModifiedTime(picture, FileTime.fromMillis(Files.getLastModifiedTime(picture).toMillis() + 1000));
        assertThat(site.build().success()).isTrue();
        assertThat(Jsoup.parse(site.output(PAGE)).selectFirst("article img").attr("width")).isEqualTo("1600");
    }

    @Test
    void aChangedPictureGetsNewCopiesAndANewName() throws IOException {
        TestSite site = TestSite.in(dir).file("blog/2025-05-06-wide/wide.png", TestImages.png(1600, 900))
                .post("blog/2025-05-06-wide/index.md", "# Wide\n\n![wide](./wide.png)\n");
        assertThat(site.build().success()).isTrue();
        String before = srcsetEntry(site, 960);

        site.file("blog/2025-05-06-wide/wide.png", TestImages.png(1600, 900, Color.GREEN));
        assertThat(site.build().success()).isTrue();

        assertThat(srcsetEntry(site, 960)).isNotEqualTo(before).matches("/assets/images/wide-960w\\.[0-9a-f]{8}\\.png");
        assertThat(cached(site)).hasSize(6);
    }

    @Test
    void resizedCopiesArePublishedWhenTheSiteIsReachedThroughALink() throws IOException {
        TestSite site = TestSite.in(dir).file("blog/2025-05-06-wide/wide.png", TestImages.png(1600, 900))
                .post("blog/2025-05-06-wide/index.md", "# Wide\n\n![wide](./wide.png)\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), site.root());

        BuildResult result = site.build(options -> dev.quire.BuildOptions.of(link).withOutput(site.out()).withOffline(true));

        assertThat(result.success()).as("%s", result.diagnostics()).isTrue();
        String published = srcsetEntry(site, 480);
        assertThat(site.out().resolve(published.substring(1))).hasSameBinaryContentAs(cachedCopy(site, 480));
    }

    @Test
    void resizedCopiesArePublishedWhenTheCacheFolderLiesOutsideTheSite() throws IOException {
        TestSite site = TestSite.in(dir).file("blog/2025-05-06-wide/wide.png", TestImages.png(1600, 900))
                .post("blog/2025-05-06-wide/index.md", "# Wide\n\n![wide](./wide.png)\n");
        Files.createSymbolicLink(site.root().resolve(".quire"), Files.createDirectories(dir.resolve("elsewhere")));

        BuildResult result = site.build();

        assertThat(result.success()).as("%s", result.diagnostics()).isTrue();
        assertThat(cached(site)).hasSize(3);
        String published = srcsetEntry(site, 480);
        assertThat(site.out().resolve(published.substring(1))).hasSameBinaryContentAs(cachedCopy(site, 480));
    }
}
