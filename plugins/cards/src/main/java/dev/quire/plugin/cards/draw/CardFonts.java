package dev.quire.plugin.cards.draw;

import java.awt.AWTError;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The fonts cards are drawn with: Noto Sans CJK KR (Latin, Greek, symbols and every Hangul
 * syllable), shipped with the plugin so that a card looks the same on every machine; made by
 * {@code tools/card-fonts/make-fonts.sh}. A character it lacks is drawn with the system's
 * sans-serif font, and one that font lacks too is left out ({@link Typeface}).
 *
 * <p>Loaded once per process, and only when a card is drawn: a build whose cards are all cached
 * needs only their {@link #fingerprint()}.
 */
final class CardFonts {

    private static final String FOLDER = "/dev/quire/plugin/cards/fonts/";
    private static final String REGULAR = "NotoSansCJKkr-Regular-card.otf";
    private static final String BOLD = "NotoSansCJKkr-Bold-card.otf";
    /** The {@link dev.quire.plugin.Digest} of the two fonts, regular then bold, kept beside them. */
    static final String DIGEST = "fonts.digest";

    static {
        // Drawing needs no screen; without this, a Mac would show a Dock icon for the build.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The bytes of the shipped fonts, read on first use. */
    private static final class Shipped {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);
    }

    /** The fonts' digest, read from its small file rather than made from their 3 MB on every build. */
    private static final class Fingerprint {
        static final String VALUE = new String(read(DIGEST), java.nio.charset.StandardCharsets.US_ASCII).strip();
    }

    private static volatile CardFonts shipped;

    private final Font regular;
    private final Font bold;
    /** False on a system whose fonts Java cannot use (a container without any): nothing falls back. */
    private final boolean fallback;

    private CardFonts(Font regular, Font bold, boolean fallback) {
        this.regular = regular;
        this.bold = bold;
        this.fallback = fallback;
    }

    /**
     * Tells the shipped fonts apart from any others: a card drawn with other fonts is another
     * picture. Their digest is kept in a file beside them ({@value #DIGEST}; a test checks it
     * against the fonts), because digesting their 3 MB would cost a build whose cards are all
     * cached more than everything else it does for them.
     */
    static String fingerprint() {
        return Fingerprint.VALUE;
    }

    /** The digest of the shipped fonts' bytes, for the test that keeps {@value #DIGEST} true. */
    static String digestOfFonts() {
        return new dev.quire.plugin.Digest().add(Shipped.REGULAR_BYTES).add(Shipped.BOLD_BYTES).hex();
    }

    /**
     * The fonts shipped with the plugin, loaded on first use.
     *
     * @throws IllegalStateException when this Java cannot load them (a runtime without its font
     *                               libraries), saying why
     */
    static CardFonts shipped() {
        CardFonts fonts = shipped;
        if (fonts == null) {
            synchronized (CardFonts.class) {
                if (shipped == null) {
                    shipped = new CardFonts(font(REGULAR, Shipped.REGULAR_BYTES), font(BOLD, Shipped.BOLD_BYTES),
                            systemFontsWork());
                }
                fonts = shipped;
            }
        }
        return fonts;
    }

    /** Loads the named font of the plugin's font folder; for tests of what a broken font gives. */
    static Font load(String name) {
        return font(name, read(name));
    }

    /** The regular weight at {@code size} pixels. */
    Typeface regular(float size) {
        return new Typeface(withKerning(regular, size), fallback(Font.PLAIN, size));
    }

    /** The bold weight at {@code size} pixels. */
    Typeface bold(float size) {
        return new Typeface(withKerning(bold, size), fallback(Font.BOLD, size));
    }

    /** The system's sans-serif font in {@code style}, or null when the system's fonts cannot be used. */
    private Font fallback(int style, float size) {
        return fallback ? new Font(Font.SANS_SERIF, style, 1).deriveFont(size) : null;
    }

    private static boolean systemFontsWork() {
        try {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplay('a');
        } catch (RuntimeException | LinkageError | AWTError e) {
            return false;
        }
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
            throw new IllegalStateException("cannot read the card font " + name + ": " + e.getMessage(), e);
        }
    }

    private static Font font(String name, byte[] bytes) {
        try {
            // TRUETYPE_FONT covers OpenType with CFF outlines too.
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException | RuntimeException | LinkageError | AWTError e) {
            // A Java runtime without its font libraries fails here with errors rather than exceptions.
            throw new IllegalStateException("this Java cannot load the card font " + name + " (" + e + ")", e);
        }
    }
}
