package dev.quire.plugin.cards.draw;

import dev.quire.plugin.Digest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws cards: 1200×630 PNG pictures for link previews ({@code og:image}), in the default theme's
 * colours and the shipped fonts. The same text always gives the same bytes: the rendering hints
 * are fixed and the PNG holds no time or other metadata. Safe to use from many threads.
 */
public final class CardPainter {

    public static final int WIDTH = CardLayout.WIDTH;
    public static final int HEIGHT = CardLayout.HEIGHT;

    /** Changes whenever the drawing changes, so that cards drawn before are not taken for new ones. */
    private static final String DRAWING = "1";

    private final Palette palette = Palette.THEME;
    private final String recipe = new Digest().add(DRAWING).add(palette.describe()).add(CardFonts.fingerprint()).hex();

    /**
     * A digest of everything besides the text that decides how a card looks: the drawing, the
     * colours and the fonts. A card is known by this and its {@link CardText}.
     */
    public String recipe() {
        return recipe;
    }

    /**
     * The card showing {@code text}, as PNG.
     *
     * @throws IllegalStateException when this Java cannot load the fonts, saying why
     */
    public byte[] png(CardText text) {
        return encode(paint(text));
    }

    /**
     * The characters of {@code text} that no font here can draw, each once, in order; they are
     * left out of the card.
     *
     * @throws IllegalStateException when this Java cannot load the fonts, saying why
     */
    public String undrawable(CardText text) {
        Typeface face = CardFonts.shipped().regular(16);
        Set<Integer> missing = Stream.concat(Stream.of(text.site(), text.title(), text.date()), text.papers().stream())
                .map(Lines::normalize)
                .flatMapToInt(String::codePoints)
                .filter(c -> c != ' ' && !face.canDraw(c))
                .boxed()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        StringBuilder out = new StringBuilder();
        missing.forEach(out::appendCodePoint);
        return out.toString();
    }

    CardLayout layout(CardText text) {
        return CardLayout.of(text, CardFonts.shipped());
    }

    BufferedImage paint(CardText text) {
        CardLayout layout = layout(text);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            hints(graphics);
            graphics.setColor(palette.background());
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            graphics.setColor(palette.accent());
            graphics.fillRect(0, 0, WIDTH, CardLayout.BAND);
            paperBar(graphics, layout.lines());
            for (CardLayout.Line line : layout.lines()) {
                graphics.setColor(color(line.role()));
                line.face().draw(graphics, line.text(), line.x(), line.baseline());
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** The same hints on every machine and every call: they decide the pixels. */
    private static void hints(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Grey-scale, not sub-pixel: previews are scaled, and sub-pixel colours would show.
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** A bar in the accent colour left of the papers, from the top of the first row to the bottom of the last. */
    private void paperBar(Graphics2D graphics, List<CardLayout.Line> lines) {
        List<CardLayout.Line> rows = lines.stream()
                .filter(l -> l.role() == CardLayout.Role.PAPER || l.role() == CardLayout.Role.MORE).toList();
        if (rows.isEmpty()) {
            return;
        }
        float size = rows.get(0).face().size();
        float top = rows.get(0).baseline() - size;
        float bottom = rows.get(rows.size() - 1).baseline() + size * 0.3f;
        graphics.setColor(palette.accent());
        graphics.fill(new Rectangle2D.Float(CardLayout.MARGIN, top, 5, bottom - top));
    }

    private Color color(CardLayout.Role role) {
        return switch (role) {
            case SITE -> palette.accent();
            case TITLE -> palette.title();
            case PAPER -> palette.text();
            case MORE, DATE -> palette.muted();
        };
    }

    /** PNG with no metadata: the writer adds none of its own (no time, no software name). */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        // In memory: ImageIO's default stream for an OutputStream may go through a temporary file.
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a card as PNG: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
