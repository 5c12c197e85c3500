package dev.quire.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestingLimitTest {

    private static final int LIMIT = NestingLimit.MAX_DEPTH;

    @Test
    void countsMarkersOnOneLine() {
        assertThat(NestingLimit.firstTooDeep("# T\n\n" + "> ".repeat(LIMIT) + "x\n")).isEqualTo(-1);
        assertThat(NestingLimit.firstTooDeep("# T\n\n" + "> ".repeat(LIMIT + 1) + "x\n")).isEqualTo(2);
        assertThat(NestingLimit.firstTooDeep("- ".repeat(LIMIT + 1) + "x")).isZero();
        assertThat(NestingLimit.firstTooDeep("1. ".repeat(LIMIT + 1) + "x")).isZero();
        assertThat(NestingLimit.firstTooDeep(">".repeat(LIMIT + 1))).isZero();
    }

    @Test
    void countsIndentationAsTwoColumnsALevel() {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < LIMIT; level++) {
            list.append("  ".repeat(level)).append("- x\n");
        }
        assertThat(NestingLimit.firstTooDeep(list.toString())).isEqualTo(-1);
        list.append("  ".repeat(LIMIT)).append("- x\n");
        assertThat(NestingLimit.firstTooDeep(list.toString())).isEqualTo(LIMIT);
    }

    @Test
    void ignoresFencedCodeAndTextThatOnlyLooksLikeMarkers() {
        String code = "```\n" + " ".repeat(4 * LIMIT) + "deep code\n```\n";
        assertThat(NestingLimit.firstTooDeep(code)).isEqualTo(-1);
        assertThat(NestingLimit.firstTooDeep("-".repeat(10_000))).isEqualTo(-1);
        assertThat(NestingLimit.firstTooDeep("2025. a year\n" + "*emphasis* ".repeat(1000))).isEqualTo(-1);
    }
}
