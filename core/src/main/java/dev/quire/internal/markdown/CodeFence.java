package dev.quire.internal.markdown;

import java.util.BitSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code fence's info string says, read as Docusaurus reads it: the language (its first
 * word), {@code title="file.js"}, highlighted lines {@code {1,3-5}} and {@code showLineNumbers}
 * (or {@code showLineNumbers=10} to count from 10).
 *
 * @param language         the language, lower case, or empty
 * @param title            the title bar's text, or null
 * @param highlightedLines the lines named by {@code {…}}, counted from 1; null when there is no range
 * @param firstLineNumber  the number of the first line when lines are numbered
 */
record CodeFence(String language, String title, BitSet highlightedLines, OptionalInt firstLineNumber) {

    private static final Pattern TITLE = Pattern.compile("title=(?<q>[\"'])(?<title>.*?)\\k<q>");
    private static final Pattern LINE_RANGES = Pattern.compile("\\{(?<ranges>[\\d,\\s-]+)}");
    private static final Pattern LINE_NUMBERS = Pattern.compile("(?:^|\\s)showLineNumbers(?:=(?<start>\\d{1,9}))?(?=\\s|$)");

    static CodeFence of(String info) {
        String text = info.strip();
        String first = text.isEmpty() || text.charAt(0) == '{' ? "" : text.split("[\\s{]", 2)[0];
        // ```title="a.js" has a title and no language.
        String language = first.contains("=") ? "" : first;
        Matcher title = TITLE.matcher(text);
        Matcher ranges = LINE_RANGES.matcher(text);
        Matcher numbers = LINE_NUMBERS.matcher(text);
        return new CodeFence(language.toLowerCase(Locale.ROOT),
                title.find() ? title.group("title") : null,
                ranges.find() ? lines(ranges.group("ranges")) : null,
                numbers.find() ? OptionalInt.of(numbers.group("start") == null ? 1 : Integer.parseInt(numbers.group("start")))
                        : OptionalInt.empty());
    }

    /** {@code 1,3-5} as the set {1, 3, 4, 5}; a reversed or broken range names nothing. */
    private static BitSet lines(String ranges) {
        BitSet lines = new BitSet();
        for (String range : ranges.split(",")) {
            String[] ends = range.strip().split("\\s*-\\s*", 2);
            try {
                int from = Integer.parseInt(ends[0]);
                int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
                if (from >= 1 && to >= from && to - from < 100_000) {
                    lines.set(from, to + 1);
                }
            } catch (NumberFormatException e) {
                // "{1,}" or "{-3}": Docusaurus ignores such a part too
            }
        }
        return lines;
    }
}
