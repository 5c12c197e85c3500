package dev.quire.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slug rules a Docusaurus blog relies on, so URLs survive a move to Quire.
 *
 * <ul>
 *   <li>{@link #kebab}: tag URLs, by the rules of lodash's {@code kebabCase} that Docusaurus
 *       applies to tag labels ({@code "Machine Learning"} → {@code machine-learning},
 *       {@code "arXiv"} → {@code ar-xiv}, {@code "논문 리뷰"} → {@code 논문-리뷰});</li>
 *   <li>{@link Slugger}: heading anchors, by the rules of GitHub's heading slugs that Docusaurus
 *       uses (lower case, punctuation dropped, each space a dash, duplicates numbered);</li>
 *   <li>{@link #forFileName}: a readable file name for a new post.</li>
 * </ul>
 */
public final class Slugs {

    // The character classes of lodash's word splitting, written out for java.util.regex.
    private static final String UPPER = "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE";
    private static final String LOWER = "a-z\\u00DF-\\u00F6\\u00F8-\\u00FF";
    private static final String BREAK = "\\u00AC\\u00B1\\u00D7\\u00F7\\u0000-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u00BF"
            + "\\u2000-\\u206F \\t\\u000B\\f\\u00A0\\uFEFF\\n\\r\\u2028\\u2029\\u1680\\u180E\\u3000";
    private static final String MISC = "[^" + BREAK + "\\d+\\u2700-\\u27BF" + LOWER + UPPER + "]";
    private static final String MISC_LOWER = "(?:[" + LOWER + "]|" + MISC + ")";
    private static final String MISC_UPPER = "(?:[" + UPPER + "]|" + MISC + ")";
    private static final String CONTRACTION_LOWER = "(?:['\\u2019](?:d|ll|m|re|s|t|ve))?";
    private static final String CONTRACTION_UPPER = "(?:['\\u2019](?:D|LL|M|RE|S|T|VE))?";
    private static final Pattern UNICODE_WORD = Pattern.compile(String.join("|",
            "[" + UPPER + "]?[" + LOWER + "]+" + CONTRACTION_LOWER + "(?=[" + BREAK + "]|[" + UPPER + "]|$)",
            MISC_UPPER + "+" + CONTRACTION_UPPER + "(?=[" + BREAK + "]|[" + UPPER + "]" + MISC_LOWER + "|$)",
            "[" + UPPER + "]?" + MISC_LOWER + "+" + CONTRACTION_LOWER,
            "[" + UPPER + "]+" + CONTRACTION_UPPER,
            "\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])",
            "\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])",
            "\\d+",
            "[\\u2700-\\u27BF]"));
    private static final Pattern HAS_UNICODE_WORD = Pattern.compile(
            "[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]");
    private static final Pattern ASCII_WORD = Pattern.compile("[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\\u2019]");
    private static final Pattern NOT_SLUG_CHAR = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private Slugs() {
    }

    /** A tag label as the last segment of its URL, the way Docusaurus computes it. */
    public static String kebab(String label) {
        String text = APOSTROPHES.matcher(deburr(label)).replaceAll("");
        Pattern words = HAS_UNICODE_WORD.matcher(text).find() ? UNICODE_WORD : ASCII_WORD;
        List<String> parts = new ArrayList<>();
        Matcher m = words.matcher(text);
        while (m.find()) {
            parts.add(m.group().toLowerCase(Locale.ROOT));
        }
        return String.join("-", parts);
    }

    /** A slug for a new post's file name: lower case, dashes between words, Korean kept. */
    public static String forFileName(String title) {
        String slug = NOT_SLUG_CHAR.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ")
                .strip().replaceAll("[\\s_-]+", "-");
        return slug.isEmpty() ? "post" : slug;
    }

    /** Latin letters with accents to plain ones, as lodash's {@code deburr}; other scripts untouched. */
    static String deburr(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x00C0 || c > 0x017F) {
                if (c < 0x0300 || c > 0x036F) {
                    out.append(c);
                }
                continue;
            }
            String special = switch (c) {
                case 'Æ' -> "Ae";
                case 'æ' -> "ae";
                case 'Ð' -> "D";
                case 'ð', 'đ' -> "d";
                case 'Đ' -> "D";
                case 'Ø' -> "O";
                case 'ø' -> "o";
                case 'Þ' -> "Th";
                case 'þ' -> "th";
                case 'ß' -> "ss";
                case 'Œ' -> "Oe";
                case 'œ' -> "oe";
                case 'Ł' -> "L";
                case 'ł' -> "l";
                case 'ı' -> "i";
                case 'Ĳ' -> "IJ";
                case 'ĳ' -> "ij";
                case 'ŉ' -> "'n";
                case 'ſ' -> "s";
                case '×', '÷' -> String.valueOf(c);
                default -> null;
            };
            if (special != null) {
                out.append(special);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(decomposed.charAt(0));
            }
        }
        return out.toString();
    }

    /** Gives headings unique anchors within one page, the way GitHub and Docusaurus do. */
    public static final class Slugger {
        private final Map<String, Integer> seen = new HashMap<>();

        /** The anchor for a heading's text; the same text again gets {@code -1}, {@code -2}, ... */
        public String slug(String text) {
            String base = NOT_SLUG_CHAR.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
            return unique(base);
        }

        /** Claims an anchor the author chose ({@code ## Title {#custom}}), numbering it if taken. */
        public String claim(String id) {
            return unique(id);
        }

        private String unique(String base) {
            String candidate = base;
            Integer count = seen.get(base);
            if (count != null) {
                int n = count;
                do {
                    n++;
                    candidate = base + "-" + n;
                } while (seen.containsKey(candidate));
                seen.put(base, n);
            } else {
                seen.put(base, 0);
            }
            seen.putIfAbsent(candidate, 0);
            return candidate;
        }
    }
}
