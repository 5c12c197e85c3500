package dev.quire.plugin.cards.draw;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width, as the theme sets Korean ({@code word-break: keep-all}):
 * lines break at spaces and words stay whole, in Latin and Hangul alike; only a word wider than a
 * whole line is broken, between two characters. Text that needs more lines than allowed ends the
 * last one with an ellipsis.
 */
final class Lines {

    /**
     * Three full stops: the font's own ellipsis sits at mid-height, as Chinese and Japanese set it,
     * which looks wrong after Latin; full stops sit on the baseline after Latin and Hangul alike.
     */
    static final String ELLIPSIS = "...";

    /** Runs of white space, read as one space. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u3000]+");
    /** Control characters, which no font draws. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    /** What reads badly right before an ellipsis. */
    private static final Pattern TRAILING = Pattern.compile("[\\s,.;:·\\-–—]+$");
    /** More than any card shows; keeps the work on a runaway title small. */
    private static final int MAX_CHARACTERS = 1000;

    private final double width;
    private final ToDoubleFunction<String> advance;

    /**
     * @param width   the width of a line, in pixels
     * @param advance the width of a text set on one line
     */
    Lines(double width, ToDoubleFunction<String> advance) {
        this.width = width;
        this.advance = advance;
    }

    /** {@code text} with each run of white space as one space, without control characters, trimmed. */
    static String normalize(String text) {
        String spaced = SPACE.matcher(text).replaceAll(" ");
        String clean = CONTROL.matcher(spaced).replaceAll("").strip();
        return clean.length() <= MAX_CHARACTERS ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, clean.codePointCount(0, MAX_CHARACTERS)));
    }

    /** The lines of {@code text}, at most {@code maxLines} (at least one); none for blank text. */
    List<String> wrap(String text, int maxLines) {
        String normalized = normalize(text);
        List<String> lines = new ArrayList<>();
        if (normalized.isEmpty()) {
            return lines;
        }
        String line = "";
        for (String word : normalized.split(" ")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (fits(joined)) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (!fits(line) && lines.size() <= maxLines) {
                int cut = longestFittingPrefix(line);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            if (lines.size() > maxLines) {
                break;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
        kept.add(withEllipsis(lines.get(maxLines - 1)));
        return kept;
    }

    /** {@code line}, cut where needed, followed by an ellipsis that fits on it. */
    private String withEllipsis(String line) {
        String cut = TRAILING.matcher(line).replaceAll("");
        while (!cut.isEmpty() && !fits(cut + ELLIPSIS)) {
            cut = TRAILING.matcher(cut.substring(0, lastCharacterStart(cut))).replaceAll("");
        }
        return cut + ELLIPSIS;
    }

    private boolean fits(String text) {
        return advance.applyAsDouble(text) <= width;
    }

    /**
     * The length of the longest start of {@code word} that fits, ending between two characters as
     * a reader sees them (a letter with its accents, an emoji with its modifiers); at least one.
     */
    private int longestFittingPrefix(String word) {
        List<Integer> ends = characterEnds(word);
        int low = 0; // ends[low] fits, or low is 0
        int high = ends.size() - 1; // the whole word does not fit
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (fits(word.substring(0, ends.get(middle)))) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return ends.get(low);
    }

    private static List<Integer> characterEnds(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            ends.add(end);
        }
        return ends;
    }

    private static int lastCharacterStart(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        return characters.preceding(text.length());
    }
}
