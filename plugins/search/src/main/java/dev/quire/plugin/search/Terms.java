package dev.quire.plugin.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How text becomes search terms, the same way for what is indexed and for what a reader types
 * (the theme's script has a copy of these rules; {@code terms.json} in the tests holds the cases
 * both must agree on).
 *
 * <ul>
 *   <li>The text is put in Unicode NFKC form and lower-cased (a final sigma is a sigma), so
 *       capitals, full-width letters, ligatures and decomposed Hangul match their plain forms.</li>
 *   <li>A word is a run of letters, digits and combining marks. A dot between two digits stays in it
 *       ({@code 2511.12345}, {@code 1.5}); an apostrophe between two letters is dropped
 *       ({@code don't} is {@code dont}); anything else ends it. Words longer than
 *       {@value #MAX_LENGTH} characters are cut there.</li>
 *   <li>Hangul, Han, Hiragana and Katakana are not reliably split by spaces: Korean writes particles
 *       onto nouns ({@code 방식은}) and compounds without spaces ({@code 강화학습}). A run of them
 *       gives its overlapping pairs of characters ({@code 방식}, {@code 식은}), or the character
 *       itself when it stands alone. A search for {@code 방식} or {@code 학습} then finds the longer
 *       words, which whole words or prefixes would not, at the cost of a rare false hit where both
 *       pairs of a word occur apart in one post.</li>
 * </ul>
 */
final class Terms {

    /** The longest term, in characters: longer words are identifiers or hashes, cut to keep shards small. */
    static final int MAX_LENGTH = 40;

    private static final byte SEPARATOR = 0;
    private static final byte WORD_PART = 1;
    private static final byte PAIRED = 2;

    /**
     * The kind of each character below U+10000, worked out once: looking up a character's script
     * for every character of every post costs more than the rest of the tokenizer.
     */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KINDS[c] = kindOf(c);
        }
    }

    private Terms() {
    }

    /** What is given each term: {@code length} characters of {@code chars} from {@code start}, valid only in the call. */
    interface Sink {
        void term(char[] chars, int start, int length);
    }

    /** The terms of {@code text} in order, repeated where the text repeats them. */
    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        forEach(text, (chars, start, length) -> terms.add(new String(chars, start, length)));
        return terms;
    }

    /** Gives each term of {@code text} to {@code sink}, in order. */
    static void forEach(String text, Sink sink) {
        char[] s = normalized(text);
        int i = 0;
        while (i < s.length) {
            int kind = kind(s, i);
            if (kind == PAIRED) {
                i = pairs(s, i, sink);
            } else if (kind == WORD_PART) {
                i = word(s, i, sink);
            } else {
                i += size(s, i);
            }
        }
    }

    /**
     * The text in NFKC form, lower-cased. Most text here is ASCII, Hangul syllables, CJK ideographs
     * and a few punctuation marks, which NFKC leaves as they are; such text is only lower-cased, in
     * one pass, without the normalizer, which would cost a third of the tokenizer's time.
     */
    private static char[] normalized(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!isStable(c)) {
                // Final sigma depends on the letters around it, which Java and browsers judge differently.
                return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ς', 'σ')
                        .toCharArray();
            }
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars;
    }

    /**
     * True for characters that NFKC keeps as they are whatever surrounds them (quick check "yes",
     * combining class 0) and that have no case but ASCII's: what a Korean or English post is made of.
     */
    private static boolean isStable(char c) {
        return c < 0xA0 || c >= 0xAC00 && c <= 0xD7A3 || c >= 0x4E00 && c <= 0x9FFF || c == '\u00B7'
                || c >= '\u2013' && c <= '\u2014' || c >= '\u2018' && c <= '\u2019' || c >= '\u201C' && c <= '\u201D';
    }

    /** Gives the pairs of the run of paired characters at {@code start}; returns where the run ends. */
    private static int pairs(char[] s, int start, Sink sink) {
        int previous = start;
        int at = start + size(s, start);
        while (at < s.length && kind(s, at) == PAIRED) {
            int next = at + size(s, at);
            sink.term(s, previous, next - previous);
            previous = at;
            at = next;
        }
        if (previous == start) {
            sink.term(s, start, at - start);
        }
        return at;
    }

    /** Gives the word at {@code start}; returns where it ends. */
    private static int word(char[] s, int start, Sink sink) {
        int at = start;
        int last = -1;
        int length = 0;
        boolean dropped = false;
        while (at < s.length) {
            int size = size(s, at);
            if (kind(s, at) != WORD_PART) {
                int c = s[at];
                if (at + size >= s.length || !joins(last, c, Character.codePointAt(s, at + size))) {
                    break;
                }
                dropped |= c != '.';
            }
            length++;
            last = size == 1 ? s[at] : Character.codePointAt(s, at);
            at += size;
        }
        if (!dropped && length <= MAX_LENGTH) {
            sink.term(s, start, at - start);
        } else {
            char[] word = new char[2 * MAX_LENGTH];
            int end = 0;
            for (int i = start, kept = 0; i < at && kept < MAX_LENGTH; i += size(s, i)) {
                if (s[i] != '\'' && s[i] != '\u2019') {
                    end += Character.toChars(Character.codePointAt(s, i), word, end);
                    kept++;
                }
            }
            sink.term(word, 0, end);
        }
        return at;
    }

    /** True when {@code c} between {@code before} and {@code after} keeps them in one word. */
    private static boolean joins(int before, int c, int after) {
        if (c == '.') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return (c == '\'' || c == '\u2019') && Character.isLetter(before) && Character.isLetter(after)
                && !isPaired(after);
    }

    private static int size(char[] s, int i) {
        return Character.isHighSurrogate(s[i]) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1]) ? 2 : 1;
    }

    private static int kind(char[] s, int i) {
        char c = s[i];
        return Character.isSurrogate(c) ? kindOf(Character.codePointAt(s, i)) : KINDS[c];
    }

    private static byte kindOf(int c) {
        if (isPaired(c)) {
            return PAIRED;
        }
        return isWordPart(c) ? WORD_PART : SEPARATOR;
    }

    /** A letter, a number or a combining mark: Unicode's L, N and M. */
    private static boolean isWordPart(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** A character of a script indexed by pairs: Hangul, Han, Hiragana or Katakana. */
    static boolean isPaired(int c) {
        if (c < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
