package dev.quire.plugin.cards.draw;

import dev.quire.plugin.Digest;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The fonts cards are drawn with: Noto Sans CJK KR (Latin, Greek, symbols and every Hangul
 * syllable), shipped with the plugin so that a card looks the same on every machine; made by
 * {@code tools/card-fonts/make-fonts.sh}. A character it lacks is drawn with the system's
 * sans-serif font, and one that font lacks too is left out ({@link Typeface}).
 *
 * <p>Loaded once per process: parsing the two files takes longer than drawing a card.
 */
final class CardFonts {

    private static final String FOLDER = "/dev/quire/plugin/cards/fonts/";

    static {
        // Drawing needs no screen; without this, a Mac would show a Dock icon for the build.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final CardFonts SHIPPED = load();

    private final Font regular;
    private final Font bold;
    private final String fingerprint;

    private CardFonts(Font regular, Font bold, String fingerprint) {
        this.regular = regular;
        this.bold = bold;
        this.fingerprint = fingerprint;
    }

    static CardFonts shipped() {
        return SHIPPED;
    }

    private static CardFonts load() {
        byte[] regular = read("NotoSansCJKkr-Regular-card.otf");
        byte[] bold = read("NotoSansCJKkr-Bold-card.otf");
        return new CardFonts(font(regular), font(bold), new Digest().add(regular).add(bold).hex());
    }

    /** The regular weight at {@code size} pixels. */
    Typeface regular(float size) {
        return new Typeface(withKerning(regular, size), new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
    }

    /** The bold weight at {@code size} pixels. */
    Typeface bold(float size) {
        return new Typeface(withKerning(bold, size), new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size)));
    }

    /** A digest of the font files: a card drawn with other fonts is another picture. */
    String fingerprint() {
        return fingerprint;
    }

    private static Font withKerning(Font font, float size) {
        return font.deriveFont(Map.of(TextAttribute.SIZE, size, TextAttribute.KERNING, TextAttribute.KERNING_ON));
    }

    private static byte[] read(String name) {
        try (InputStream in = CardFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the cards plugin's jar lacks its font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the card font " + name + ": " + e.getMessage(), e);
        }
    }

    private static Font font(byte[] bytes) {
        try {
            // TRUETYPE_FONT covers OpenType with CFF outlines too.
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the cards plugin's font cannot be loaded: " + e.getMessage(), e);
        }
    }
}
