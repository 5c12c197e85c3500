package dev.quire.plugin.cards.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each line of a card goes. From top to bottom: the site's title, the post's title as large
 * as fits (up to four lines, else ellipsized), the papers the post covers (one line each, the
 * first few, then how many more), and the date at the bottom. Every line fits the card's width.
 *
 * @param lines every line of text, top to bottom
 */
record CardLayout(List<Line> lines) {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    /** Left and right margins. */
    static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    /** The height of the band in the theme's accent colour across the top. */
    static final int BAND = 12;

    private static final float SITE_SIZE = 30;
    private static final float SITE_BASELINE = 108;
    private static final float TITLE_TOP = 150;
    private static final float[] TITLE_SIZES = {72, 64, 56, 48};
    private static final float TITLE_LEADING = 1.22f;
    private static final int MAX_TITLE_LINES = 4;
    private static final float SMALL_SIZE = 26;
    private static final float DATE_BASELINE = HEIGHT - 64;
    private static final float ROW = 42;
    private static final float LAST_PAPER_BASELINE = DATE_BASELINE - 74;
    /** Papers sit right of a bar in the accent colour. */
    private static final float PAPER_INDENT = 24;
    /** The space between the title and what follows it. */
    private static final float GAP = 36;

    /** What a line of the card is; it decides the line's colour. */
    enum Role { SITE, TITLE, PAPER, MORE, DATE }

    /**
     * One line of text.
     *
     * @param baseline the y of its baseline
     * @param width    how wide it is drawn
     */
    record Line(Role role, String text, Typeface face, float x, float baseline, double width) {
    }

    static CardLayout of(CardText text, CardFonts fonts) {
        List<Line> lines = new ArrayList<>();
        Typeface site = fonts.bold(SITE_SIZE);
        line(lines, Role.SITE, site, MARGIN, SITE_BASELINE, TEXT_WIDTH, text.site());

        Typeface small = fonts.regular(SMALL_SIZE);
        List<String> rows = paperRows(text);
        float firstRow = LAST_PAPER_BASELINE - (rows.size() - 1) * ROW;
        for (int i = 0; i < rows.size(); i++) {
            boolean more = i == rows.size() - 1 && CardText.leftOut(text.papers().size()) > 0;
            line(lines, more ? Role.MORE : Role.PAPER, small, MARGIN + PAPER_INDENT, firstRow + i * ROW,
                    TEXT_WIDTH - PAPER_INDENT, rows.get(i));
        }
        line(lines, Role.DATE, small, MARGIN, DATE_BASELINE, TEXT_WIDTH, text.date());

        float titleBottom = (rows.isEmpty() ? DATE_BASELINE : firstRow) - SMALL_SIZE - GAP;
        title(lines, fonts, text.title(), titleBottom);
        lines.sort(Comparator.comparingDouble(Line::baseline));
        return new CardLayout(List.copyOf(lines));
    }

    /** The papers, one a row, the last saying how many more there are when the card leaves some out. */
    private static List<String> paperRows(CardText text) {
        List<String> papers = text.papers();
        int leftOut = CardText.leftOut(papers.size());
        if (leftOut == 0) {
            return papers;
        }
        List<String> rows = new ArrayList<>(papers.subList(0, papers.size() - leftOut));
        rows.add(text.more() == null ? "+" + leftOut : text.more());
        return rows;
    }

    /** The title at the largest size at which it fits whole above {@code bottom}; else ellipsized at the smallest. */
    private static void title(List<Line> lines, CardFonts fonts, String title, float bottom) {
        for (int i = 0; i < TITLE_SIZES.length; i++) {
            float size = TITLE_SIZES[i];
            Typeface face = fonts.bold(size);
            float leading = size * TITLE_LEADING;
            // The last line's descenders (a quarter of the size) stay above the bottom.
            int room = Math.min(MAX_TITLE_LINES, 1 + (int) ((bottom - TITLE_TOP - 1.25f * size) / leading));
            Lines breaker = new Lines(TEXT_WIDTH, face::advance);
            boolean smallest = i == TITLE_SIZES.length - 1;
            List<String> wrapped = breaker.wrap(title, smallest ? Math.max(room, 1) : room + 1);
            if (wrapped.size() <= room || smallest) {
                for (int n = 0; n < wrapped.size(); n++) {
                    String text = wrapped.get(n);
                    lines.add(new Line(Role.TITLE, text, face, MARGIN, TITLE_TOP + size + n * leading,
                            face.advance(text)));
                }
                return;
            }
        }
    }

    private static void line(List<Line> lines, Role role, Typeface face, float x, float baseline, double width,
            String text) {
        List<String> wrapped = new Lines(width, face::advance).wrap(text, 1);
        if (!wrapped.isEmpty()) {
            lines.add(new Line(role, wrapped.get(0), face, x, baseline, face.advance(wrapped.get(0))));
        }
    }
}
