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
    void isTheStartOfSha256InHex() {
        // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
        assertThat(Digest.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
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

        assertThat(Digest.ofFile(file)).startsWith(Digest.of("abc")).hasSize(64);
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
