package dev.quire.plugin.images.asset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.images.probe.ImageFormat;
import dev.quire.plugin.images.probe.ImageHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownFilesTest {

    @TempDir
    Path dir;

    @Test
    void remembersHashesAndHeadersWhileSizeAndTimeStayTheSame() throws IOException {
        Path list = dir.resolve("cache/files.tsv");
        KnownFiles first = KnownFiles.load(list);
        ImageHeader header = new ImageHeader(ImageFormat.JPEG, 800, 1200, 6, false);
        first.put("blog/a/그림.jpg", new KnownFiles.Facts(10, 20, "ab".repeat(16), header));
        first.put("blog/a/paper.pdf", new KnownFiles.Facts(30, 40, "cd".repeat(16), null));
        first.save();

        KnownFiles second = KnownFiles.load(list);
        assertThat(second.get("blog/a/그림.jpg", new KnownFiles.Facts(10, 20, null, null)))
                .isEqualTo(new KnownFiles.Facts(10, 20, "ab".repeat(16), header));
        assertThat(second.get("blog/a/paper.pdf", new KnownFiles.Facts(30, 40, null, null)).header()).isNull();
        assertThat(second.get("blog/a/그림.jpg", new KnownFiles.Facts(10, 21, null, null))).isNull();
        assertThat(second.get("blog/a/그림.jpg", new KnownFiles.Facts(11, 20, null, null))).isNull();
        assertThat(second.get("blog/other.png", new KnownFiles.Facts(10, 20, null, null))).isNull();
    }

    @Test
    void keepsOnlyWhatTheLastBuildUsed() throws IOException {
        Path list = dir.resolve("files.tsv");
        KnownFiles first = KnownFiles.load(list);
        first.put("gone.png", new KnownFiles.Facts(1, 1, "ef".repeat(16), null));
        first.save();
        KnownFiles second = KnownFiles.load(list);
        second.put("kept.png", new KnownFiles.Facts(2, 2, "01".repeat(16), null));
        second.save();
        assertThat(Files.readString(list)).contains("kept.png").doesNotContain("gone.png");
    }

    @Test
    void aDamagedListIsAnEmptyOne() throws IOException {
        Path list = dir.resolve("files.tsv");
        Files.writeString(list, "x.png\t1\t2\tab\tNOT_A_FORMAT\t1\t1\t1\tfalse\n");
        assertThat(KnownFiles.load(list).get("x.png", new KnownFiles.Facts(1, 2, null, null))).isNull();
    }

    @Test
    void aListFromAVersionThatNamedFilesByAnotherDigestIsAnEmptyOne() throws IOException {
        Path list = dir.resolve("files.tsv");
        Files.writeString(list, "# quire images: path, size, modified ns, sha256, format, width, height, orientation, animated\n"
                + "x.png\t1\t2\t" + "ab".repeat(32) + "\tPNG\t10\t10\t1\tfalse\n");

        assertThat(KnownFiles.load(list).get("x.png", new KnownFiles.Facts(1, 2, null, null))).isNull();
    }
}
