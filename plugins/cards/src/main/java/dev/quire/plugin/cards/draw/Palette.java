package dev.quire.plugin.cards.draw;

import java.awt.Color;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The card's colours: the default theme's light scheme ({@code assets/quire.css}), so a preview
 * looks like the page it leads to.
 */
record Palette(Color background, Color accent, Color title, Color text, Color muted) {

    static final Palette THEME = new Palette(
            new Color(0xfbfaf7), // --bg
            new Color(0x2450a8), // --accent
            new Color(0x0f1114), // --text-strong
            new Color(0x1d1f23), // --text
            new Color(0x595e67)); // --muted

    /** The colours as hex, for telling cards drawn in other colours apart. */
    String describe() {
        return String.join(" ", Stream.of(background, accent, title, text, muted)
                .map(c -> HexFormat.of().toHexDigits(c.getRGB())).toList());
    }
}
