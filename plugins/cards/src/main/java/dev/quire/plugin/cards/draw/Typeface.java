package dev.quire.plugin.cards.draw;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;

/**
 * One size and weight of the card font, measuring and drawing a line of text. Characters the font
 * lacks are set in the fallback font; characters neither has are left out, so a card never shows
 * the empty boxes of a missing glyph.
 */
final class Typeface {

    /**
     * Measuring and drawing share one context (anti-aliased, fractional widths), so a line
     * measured to fit is drawn exactly as wide; {@link CardPainter} draws with the same hints.
     */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;
    private final Font fallback;

    /** @param fallback the font for characters {@code font} lacks, or null for none */
    Typeface(Font font, Font fallback) {
        this.font = font;
        this.fallback = fallback;
    }

    float size() {
        return font.getSize2D();
    }

    /** The primary font, for tests that ask which characters it has. */
    Font font() {
        return font;
    }

    /** True when the primary or the fallback font has a glyph for the character. */
    boolean canDraw(int codePoint) {
        return font.canDisplay(codePoint) || fallback != null && fallback.canDisplay(codePoint);
    }

    /** The width of {@code text} on one line, in pixels. */
    double advance(String text) {
        TextLayout layout = layout(text);
        return layout == null ? 0 : layout.getAdvance();
    }

    /** Draws {@code text} on one line starting at {@code x}, on the baseline {@code y}. */
    void draw(Graphics2D graphics, String text, float x, float y) {
        TextLayout layout = layout(text);
        if (layout != null) {
            layout.draw(graphics, x, y);
        }
    }

    /** The text laid out in runs of the font that has each character; null when nothing can be drawn. */
    private TextLayout layout(String text) {
        StringBuilder drawn = new StringBuilder(text.length());
        text.codePoints().filter(this::canDraw).forEach(drawn::appendCodePoint);
        if (drawn.isEmpty()) {
            return null;
        }
        String shown = drawn.toString();
        AttributedString styled = new AttributedString(shown);
        int start = 0;
        while (start < shown.length()) {
            boolean primary = font.canDisplay(shown.codePointAt(start));
            int end = start;
            while (end < shown.length() && font.canDisplay(shown.codePointAt(end)) == primary) {
                end += Character.charCount(shown.codePointAt(end));
            }
            styled.addAttribute(TextAttribute.FONT, primary ? font : fallback, start, end);
            start = end;
        }
        return new TextLayout(styled.getIterator(), CONTEXT);
    }
}
