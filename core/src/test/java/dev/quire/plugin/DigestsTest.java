package dev.quire.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void isTheStartOfSha256InHex() {
        // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
        assertThat(Digests.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    }

    @Test
    void digestsTheBytesAskedFor() {
        byte[] bytes = "xxabcyy".getBytes(StandardCharsets.UTF_8);

        assertThat(Digests.of(bytes, 2, 3)).isEqualTo(Digests.of("abc"));
        assertThat(Digests.of("한글")).isEqualTo(Digests.of("한글".getBytes(StandardCharsets.UTF_8), 0, 6))
                .isNotEqualTo(Digests.of("한국"));
    }
}
