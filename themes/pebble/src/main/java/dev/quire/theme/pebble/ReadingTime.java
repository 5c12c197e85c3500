package dev.quire.theme.pebble;

/**
 * Estimates reading time from plain text ({@code Content.text()}): 230 words a minute for
 * space-separated languages and 500 characters a minute for Korean, Chinese and Japanese text, at
 * least one minute. Code and math count like prose: readers slow down there rather than skip.
 */
final class ReadingTime {

    private static final double WORDS_PER_MINUTE = 230;
    private static final double CJK_PER_MINUTE = 500;
    /** The first character of any of the scripts counted by character; below it, no lookup is needed. */
    private static final char HANGUL_JAMO = '\u1100';

    private ReadingTime() {
    }

    static int minutes(String text) {
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCjk(c)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return Math.max(1, (int) Math.round(words / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE));
    }

    private static boolean isCjk(char c) {
        if (c < HANGUL_JAMO) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
