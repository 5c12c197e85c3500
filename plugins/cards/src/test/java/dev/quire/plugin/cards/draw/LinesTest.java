package dev.quire.plugin.cards.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break at spaces, keep words whole, and end with an ellipsis when there are too many. */
class LinesTest {

    /** Every character (as a reader sees it) 10 pixels wide: widths are easy to tell. */
    private static double advance(String text) {
        return 10.0 * java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).codePointCount(0,
                java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).length());
    }

    private static List<String> wrap(String text, int characters, int maxLines) {
        return new Lines(characters * 10, LinesTest::advance).wrap(text, maxLines);
    }

    @Test
    void breaksAtSpacesAndKeepsWordsWhole() {
        assertThat(wrap("Attention is all you need", 12, 5)).containsExactly("Attention is", "all you need");
    }

    @Test
    void keepsKoreanWordsWholeWhereThereAreSpaces() {
        assertThat(wrap("비디오 생성 모델은 좋은 잠재 보상 모델이다", 10, 5))
                .containsExactly("비디오 생성 모델은", "좋은 잠재 보상", "모델이다");
    }

    @Test
    void breaksAWordWiderThanALineBetweenCharacters() {
        assertThat(wrap("가나다라마바사아자차카타파하", 5, 5)).containsExactly("가나다라마", "바사아자차", "카타파하");
        assertThat(wrap("see https://example.org/a/very/long/path", 10, 5))
                .containsExactly("see", "https://ex", "ample.org/", "a/very/lon", "g/path");
    }

    @Test
    void neverSplitsALetterFromItsAccent() {
        String accented = "e\u0301".repeat(6); // six é, each written as e and a combining accent
        List<String> lines = wrap(accented, 4, 5);

        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith("\u0301"));
        assertThat(String.join("", lines)).isEqualTo(accented);
    }

    @Test
    void endsTheLastAllowedLineWithAnEllipsisThatFits() {
        List<String> lines = wrap("one two three four five six seven eight nine ten", 9, 2);

        assertThat(lines).containsExactly("one two", "three...");
        assertThat(lines).allSatisfy(line -> assertThat(advance(line)).isLessThanOrEqualTo(90));
    }

    @Test
    void cutsALongLastLineToMakeRoomForTheEllipsis() {
        assertThat(wrap("abcdefghij klmnopqrst uvwxyz", 10, 1)).containsExactly("abcdefg...");
        assertThat(wrap("abcdefgh, klmnopqrst", 9, 1)).containsExactly("abcdef...");
    }

    @Test
    void readsAnyWhiteSpaceAsOneSpaceAndDropsControlCharacters() {
        assertThat(wrap("  a\tb\n\nc\u3000d\u0007e  ", 20, 3)).containsExactly("a b c de");
        assertThat(wrap(" \n ", 20, 3)).isEmpty();
    }

    @Test
    void aRunawayTitleIsCutBeforeItIsMeasured() {
        List<String> lines = wrap("word ".repeat(100_000), 20, 3);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith(Lines.ELLIPSIS);
    }
}
