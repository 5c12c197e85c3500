package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The text from a point of a line on, as the block it is in sees it: on the following lines, the
 * prefixes of the block quotes and list items around it are left out, as MDX leaves them out of a
 * tag or expression that runs over several lines. Offsets stay those of the document.
 */
final class ContainerView {

    /** A tag or expression in a container is short; a longer view would only cost time. */
    private static final int MAX_LINES = 1_000;

    private ContainerView() {
    }

    /**
     * @param line           the current line
     * @param containerWidth where the prefixes of the containers end on it
     * @param from           where the view starts on it
     */
    static BasedSequence of(BasedSequence line, int containerWidth, int from) {
        BasedSequence document = line.getBaseSequence();
        int start = line.getStartOffset() + from;
        if (containerWidth == 0) {
            return document.subSequence(start);
        }
        CharSequence prefix = document.subSequence(line.getStartOffset(), line.getStartOffset() + containerWidth);
        int quotes = 0;
        int afterLastQuote = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '>') {
                quotes++;
                afterLastQuote = i + 1 < prefix.length() && prefix.charAt(i + 1) == ' ' ? i + 2 : i + 1;
            }
        }
        int indent = prefix.length() - afterLastQuote;
        List<BasedSequence> segments = new ArrayList<>();
        int lineEnd = lineEnd(document, start);
        segments.add(document.subSequence(start, Math.min(document.length(), lineEnd + 1)));
        for (int lines = 0; lines < MAX_LINES && lineEnd < document.length(); lines++) {
            int p = lineEnd + 1;
            lineEnd = lineEnd(document, p);
            for (int q = 0; q < quotes; q++) {
                int marker = p;
                while (marker < lineEnd && marker - p < 3 && document.charAt(marker) == ' ') {
                    marker++;
                }
                if (marker >= lineEnd || document.charAt(marker) != '>') {
                    return SegmentedSequence.create(document, segments);
                }
                p = marker + 1 < lineEnd && document.charAt(marker + 1) == ' ' ? marker + 2 : marker + 1;
            }
            int content = p;
            while (content < lineEnd && content - p < indent && (document.charAt(content) == ' ' || document.charAt(content) == '\t')) {
                content++;
            }
            boolean blank = document.subSequence(content, lineEnd).isBlank();
            if (content - p < indent && !blank) {
                return SegmentedSequence.create(document, segments);
            }
            segments.add(document.subSequence(blank ? lineEnd : content, Math.min(document.length(), lineEnd + 1)));
        }
        return SegmentedSequence.create(document, segments);
    }

    private static int lineEnd(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
