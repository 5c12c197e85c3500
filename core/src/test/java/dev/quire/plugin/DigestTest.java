package dev.quire.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void isXxh3With128BitsInHex() {
        // What the reference implementation's tool prints: printf abc | xxhsum -H2
        assertThat(Digest.of("abc")).isEqualTo("06b05ab6733a618578af5f94892f3950");
    }

    @Test
    void digestsTheBytesAskedFor() {
        byte[] bytes = "xxabcyy".getBytes(StandardCharsets.UTF_8);

        assertThat(Digest.of(bytes, 2, 3)).isEqualTo(Digest.of("abc"));
        assertThat(Digest.of("한글")).isEqualTo(Digest.of("한글".getBytes(StandardCharsets.UTF_8), 0, 6))
                .isNotEqualTo(Digest.of("한국"));
    }

    @Test
    void aFileIsDigestedAsItsBytes(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a.txt"), "abc");

        assertThat(Digest.ofFile(file)).isEqualTo(Digest.of("abc")).hasSize(32);
    }

    @Test
    void aFileLargerThanOnePieceIsDigestedWhole(@TempDir Path folder) throws IOException {
        byte[] bytes = new byte[200_000];
        new java.util.Random(7).nextBytes(bytes);
        Path file = Files.write(folder.resolve("large.bin"), bytes);

        assertThat(Digest.ofFile(file)).isEqualTo(Digest.of(bytes, 0, bytes.length));
    }

    @Test
    void aDigestStartsAgainEmptyAfterItsValueIsTaken() {
        Digest digest = new Digest().add("first");
        String first = digest.hex();

        assertThat(digest.add("first").hex()).isEqualTo(first);
        assertThat(digest.hex()).isEqualTo(new Digest().hex()).isNotEqualTo(first);
    }

    @Test
    void partsAreKeptApart() {
        assertThat(new Digest().add("ab").add("c").hex()).isNotEqualTo(new Digest().add("a").add("bc").hex())
                .isEqualTo(new Digest().add("ab").add("c").hex());
    }

    @Test
    void aMissingFileDiffersFromAnEmptyOne(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("x");
        String missing = new Digest().addFile(file).hex();
        Files.writeString(file, "");

        assertThat(new Digest().addFile(file).hex()).isNotEqualTo(missing);
    }
}
