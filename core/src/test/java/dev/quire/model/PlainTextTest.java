package dev.quire.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aShortTextIsKeptWhole() {
        assertThat(PlainText.shortened("  Ten chars  ", 10)).isEqualTo("Ten chars");
        assertThat(PlainText.shortened("exactly10!", 10)).isEqualTo("exactly10!");
    }

    @Test
    void aLongTextIsCutAtTheLastSpaceThatFitsWithItsEllipsis() {
        String cut = PlainText.shortened("Diffusion models learn to denoise", 20);

        assertThat(cut).isEqualTo("Diffusion models…").hasSizeLessThanOrEqualTo(20);
        assertThat(PlainText.shortened("one two three", 8)).isEqualTo("one two…");
    }

    @Test
    void textWithoutASpaceInItsSecondHalfIsCutWhereTheLengthEnds() {
        String korean = "강화학습은보상을최대화하는정책을학습한다";

        assertThat(PlainText.shortened(korean, 10)).isEqualTo("강화학습은보상을최…");
        assertThat(PlainText.shortened("ab " + "x".repeat(20), 10)).isEqualTo("ab xxxxxx…");
    }

    @Test
    void aCharacterOfTwoHalvesIsNeverSplit() {
        String emoji = "a" + "😀".repeat(10);

        assertThat(PlainText.shortened(emoji, 5)).isEqualTo("a😀…");
        assertThat(PlainText.shortened(emoji, 6)).isEqualTo("a😀😀…");
    }
}
