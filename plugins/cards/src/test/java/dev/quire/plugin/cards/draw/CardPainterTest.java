package dev.quire.plugin.cards.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Cards are 1200×630 PNGs whose text fits, in the shipped fonts, the same bytes every time. */
class CardPainterTest {

    private static final CardPainter PAINTER = new CardPainter();
    private static final CardText KOREAN = new CardText("논문 읽는 밤", "2025-11-28 논문 리뷰: 비디오 생성 모델의 보상", "2025-11-28",
            List.of("Video Generation Models Are Good Latent Reward Models", "What does it mean to understand language?"), null);
    private static final String LONG_TITLE = "Scaling Laws for Autoregressive Generative Modeling of Extraordinarily "
            + "Long Multimodal Sequences: An Empirical Investigation Across Seventeen Orders of Magnitude of Compute, "
            + "Data, and Parameters, with Notes on Tokenization";

    @Test
    void theFontsDigestBesideTheFontsIsTheirs() {
        assertThat(CardFonts.fingerprint()).as("fonts.digest is stale: write this value into it")
                .isEqualTo(CardFonts.digestOfFonts());
    }

    @Test
    void theShippedFontsHaveEveryGlyphOfAKoreanTitle() {
        CardFonts fonts = CardFonts.shipped();
        for (Typeface face : List.of(fonts.regular(26), fonts.bold(64))) {
            assertThat(face.font().getFamily()).isEqualTo("Noto Sans CJK KR");
            assertThat(face.font().canDisplayUpTo(KOREAN.title())).isEqualTo(-1);
            assertThat(face.font().canDisplayUpTo("한글 음절 가힣 똠방각하 — “quotes” α→β ≤ ∑ ①")).isEqualTo(-1);
        }
        assertThat(PAINTER.undrawable(KOREAN)).isEmpty();
    }

    @Test
    void aKoreanTitleIsDrawnOnTheCard() {
        CardLayout layout = PAINTER.layout(KOREAN);
        List<CardLayout.Line> title = lines(layout, CardLayout.Role.TITLE);

        assertThat(String.join(" ", title.stream().map(CardLayout.Line::text).toList())).isEqualTo(KOREAN.title());
        BufferedImage image = PAINTER.paint(KOREAN);
        CardLayout.Line first = title.get(0);
        assertThat(inkIn(image, (int) first.x(), (int) (first.baseline() - first.face().size()), (int) first.width(),
                (int) first.face().size())).as("dark pixels where the title is").isGreaterThan(1000);
    }

    @Test
    void aVeryLongTitleWrapsWithinTheCard() {
        CardText text = new CardText("Test Papers", LONG_TITLE, "2025-11-28", List.of("One", "Two", "Three", "Four", "Five"),
                "+3 more");
        CardLayout layout = PAINTER.layout(text);
        List<CardLayout.Line> title = lines(layout, CardLayout.Role.TITLE);

        assertThat(title).hasSizeBetween(2, 4);
        assertThat(title.get(title.size() - 1).text()).endsWith(Lines.ELLIPSIS);
        assertFitsTheCard(layout);
        assertThat(lines(layout, CardLayout.Role.PAPER)).extracting(CardLayout.Line::text).containsExactly("One", "Two");
        assertThat(lines(layout, CardLayout.Role.MORE)).extracting(CardLayout.Line::text).containsExactly("+3 more");
    }

    @Test
    void theRowForPapersLeftOutSaysWhatTheCardIsGivenElseJustHowMany() {
        List<String> four = List.of("One", "Two", "Three", "Four");
        assertThat(CardText.leftOut(3)).isZero();
        assertThat(CardText.leftOut(4)).isEqualTo(2);

        assertThat(lines(PAINTER.layout(new CardText("논문 읽는 밤", "리뷰", "2025-11-28", four, "외 2편")),
                CardLayout.Role.MORE)).extracting(CardLayout.Line::text).containsExactly("외 2편");
        assertThat(lines(PAINTER.layout(new CardText("Papers", "Review", "2025-11-28", four, null)),
                CardLayout.Role.MORE)).extracting(CardLayout.Line::text).containsExactly("+2");
        assertThat(lines(PAINTER.layout(new CardText("Papers", "Review", "2025-11-28", four.subList(0, 3), "+0 more")),
                CardLayout.Role.PAPER)).as("three fit").extracting(CardLayout.Line::text)
                .containsExactly("One", "Two", "Three");
    }

    @Test
    void aWordWiderThanTheCardIsBrokenToFit() {
        CardText text = new CardText("x".repeat(300), "초".repeat(200), "2025-11-28", List.of("y".repeat(300)), null);
        CardLayout layout = PAINTER.layout(text);

        assertThat(lines(layout, CardLayout.Role.TITLE)).hasSizeGreaterThan(1);
        assertFitsTheCard(layout);
    }

    @Test
    void aShortTitleIsSetLargerThanALongOne() {
        float shortSize = lines(PAINTER.layout(KOREAN), CardLayout.Role.TITLE).get(0).face().size();
        float longSize = lines(PAINTER.layout(new CardText("", LONG_TITLE, "", List.of(), null)), CardLayout.Role.TITLE)
                .get(0).face().size();

        assertThat(shortSize).isGreaterThan(longSize);
    }

    @Test
    void isA1200By630Png() throws IOException {
        byte[] png = PAINTER.png(KOREAN);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(630);
        assertThat(chunks(png)).as("no time or other metadata").containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void theSameTextGivesTheSameBytes() {
        CardText text = new CardText("Test Papers", LONG_TITLE, "2025-11-28", List.of("한국어 논문 제목", "Two"), null);
        byte[] first = PAINTER.png(text);

        assertThat(PAINTER.png(text)).isEqualTo(first);
        assertThat(new CardPainter().png(new CardText("Test Papers", LONG_TITLE, "2025-11-28",
                List.of("한국어 논문 제목", "Two"), null))).isEqualTo(first);
        assertThat(PAINTER.png(new CardText("Test Papers", LONG_TITLE + "!", "2025-11-28", List.of(), null))).isNotEqualTo(first);
    }

    @Test
    void charactersNoFontHasAreNamedAndLeftOut() {
        // U+0378 is not assigned to any character: no font has it.
        CardText text = new CardText("", "Unassigned \u0378 here", "", List.of(), null);

        assertThat(PAINTER.undrawable(text)).isEqualTo("\u0378");
        assertThat(CardFonts.shipped().bold(64).advance("Unassigned \u0378 here"))
                .isEqualTo(CardFonts.shipped().bold(64).advance("Unassigned  here"));
    }

    @Test
    void aFontThatCannotBeLoadedIsNamed() {
        assertThatThrownBy(() -> CardFonts.load("OFL.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load the card font OFL.txt");
        assertThatThrownBy(() -> CardFonts.load("missing.otf"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the cards plugin's jar lacks its font missing.otf");
    }

    private static void assertFitsTheCard(CardLayout layout) {
        for (CardLayout.Line line : layout.lines()) {
            assertThat(line.x()).as(line.text()).isGreaterThanOrEqualTo(CardLayout.MARGIN);
            assertThat(line.x() + line.width()).as(line.text()).isLessThanOrEqualTo(CardLayout.WIDTH - CardLayout.MARGIN);
            assertThat(line.baseline() - line.face().size()).as(line.text()).isGreaterThan(CardLayout.BAND);
            assertThat(line.baseline() + line.face().size() * 0.3).as(line.text()).isLessThan(CardLayout.HEIGHT);
        }
        List<CardLayout.Line> lines = layout.lines();
        for (int i = 1; i < lines.size(); i++) {
            CardLayout.Line above = lines.get(i - 1);
            CardLayout.Line below = lines.get(i);
            assertThat(below.baseline() - below.face().size() * 0.9).as("%s above %s", above.text(), below.text())
                    .isGreaterThanOrEqualTo(above.baseline() + above.face().size() * 0.2);
        }
    }

    private static List<CardLayout.Line> lines(CardLayout layout, CardLayout.Role role) {
        return layout.lines().stream().filter(l -> l.role() == role).toList();
    }

    /** How many pixels of the area are much darker than the background. */
    private static int inkIn(BufferedImage image, int x, int y, int width, int height) {
        int ink = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                ink += (image.getRGB(i, j) & 0xff) < 0x80 ? 1 : 0;
            }
        }
        return ink;
    }

    /** The chunk types of a PNG, in order. */
    private static List<String> chunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            String name = new String(type, StandardCharsets.US_ASCII);
            if (!types.contains(name)) {
                types.add(name);
            }
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }
}
