package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds MDX's ESM blocks in a text before flexmark parses it. flexmark tries no block parser on a
 * line that starts with a letter, so {@code import}/{@code export} lines cannot be a block parser
 * of their own; they are found here, by the same rules, and blanked out of what flexmark reads.
 *
 * <p>An ESM block starts at the first column of a line that begins with {@code import} or
 * {@code export} and white space, at the top level, where no paragraph is open (after a blank
 * line, a heading, a fence or another block of ESM; not inside fenced code). It runs to a blank
 * line; a blank line inside an unfinished statement (an open bracket, string or comment) belongs
 * to it.
 */
final class EsmBlocks {

    private static final Pattern KEYWORD = Pattern.compile("(?:import|export)[ \\t]");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");
    private static final Pattern IMPORT = Pattern.compile(
            "(?<![\\w$.])import\\s+(?:type\\s+)?(?<clause>[\\p{L}_$*{][^;'\"]*?)\\s*from\\s*(?<q>['\"])(?<from>[^'\"\\n]*)\\k<q>"
                    + "|(?<![\\w$.])import\\s*(?<q2>['\"])(?<sideEffect>[^'\"\\n]*)\\k<q2>");
    private static final Pattern NAMESPACE = Pattern.compile("^\\*\\s*as\\s+");
    private static final Pattern TYPE = Pattern.compile("^type\\s+");
    private static final Pattern AS = Pattern.compile("\\s+as\\s+");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private EsmBlocks() {
    }

    /**
     * The ESM blocks of {@code chars}, in order, their chars (parts of {@code text}, the same
     * characters as a sequence) without the final line ending.
     */
    static List<Esm> find(String chars, BasedSequence text) {
        List<Esm> blocks = new ArrayList<>();
        // Every line of every post passes here: the regular expressions run only on lines whose
        // first character could start what they match, and on a String, not on flexmark's sequence.
        String fence = null;
        boolean paragraphOpen = false;
        int lineStart = 0;
        int n = chars.length();
        while (lineStart < n) {
            int lineEnd = lineEnd(chars, lineStart);
            int first = firstNonBlank(chars, lineStart, lineEnd);
            boolean blank = first == lineEnd;
            char c = blank ? '\n' : chars.charAt(first);
            Matcher f = (c == '`' || c == '~') && first - lineStart <= 3
                    ? FENCE.matcher(chars).region(lineStart, lineEnd) : null;
            boolean isFence = f != null && f.matches();
            if (fence != null) {
                if (isFence && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && f.group(2).isBlank()) {
                    fence = null;
                }
            } else if (isFence && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                fence = f.group(1);
                paragraphOpen = false;
            } else if (!paragraphOpen && (c == 'i' || c == 'e') && first == lineStart
                    && KEYWORD.matcher(chars).region(lineStart, lineEnd).lookingAt()) {
                int end = blockEnd(text, lineStart);
                Esm esm = new Esm(text.subSequence(lineStart, end));
                esm.setImports(imports(esm.getChars()));
                blocks.add(esm);
                lineStart = lineEnd(chars, end) + 1;
                continue;
            } else {
                paragraphOpen = !blank && !endsParagraph(chars, lineStart, first, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    /**
     * Whether no paragraph is open after this line: a heading, a thematic break, an admonition
     * fence, or a line of JSX or an expression alone.
     *
     * @param first the first character of the line that is not white space
     */
    private static boolean endsParagraph(String chars, int lineStart, int first, int lineEnd) {
        char c = chars.charAt(first);
        boolean indentedLittle = first - lineStart <= 3;
        if (c == '#' && indentedLittle) {
            int hashes = first;
            while (hashes < lineEnd && chars.charAt(hashes) == '#') {
                hashes++;
            }
            return hashes - first <= 6 && (hashes == lineEnd || chars.charAt(hashes) == ' ' || chars.charAt(hashes) == '\t');
        }
        if ((c == '-' || c == '*' || c == '_') && indentedLittle) {
            int marks = 0;
            for (int i = first; i < lineEnd; i++) {
                char d = chars.charAt(i);
                if (d == c) {
                    marks++;
                } else if (d != ' ' && d != '\t' && d != '\r') {
                    return false;
                }
            }
            return marks >= 3;
        }
        if (c == ':' && indentedLittle) {
            return chars.startsWith(":::", first);
        }
        if (c == '<' || c == '{') {
            int last = lineEnd - 1;
            while (last > first && Character.isWhitespace(chars.charAt(last))) {
                last--;
            }
            return chars.charAt(last) == (c == '<' ? '>' : '}');
        }
        return false;
    }

    /** The index of the first character of the line that is not white space; {@code end} when there is none. */
    private static int firstNonBlank(String chars, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(chars.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the ESM block starting at {@code start}: before the blank line that ends it, or the end of the text. */
    private static int blockEnd(BasedSequence text, int start) {
        int end = lineEnd(text, start);
        while (end < text.length()) {
            int nextEnd = lineEnd(text, end + 1);
            if (text.subSequence(end + 1, nextEnd).isBlank() && Js.unclosed(text.subSequence(start, end)) == null) {
                return end;
            }
            end = nextEnd;
        }
        String why = Js.unclosed(text.subSequence(start, end));
        if (why != null) {
            throw new MdxSyntaxException(end, "Could not parse import/exports with acorn: " + why);
        }
        return Math.max(start, trimEnd(text, end));
    }

    private static int trimEnd(BasedSequence text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int lineEnd(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /** The bindings of the import statements in {@code code}. */
    static List<EsmImport> imports(BasedSequence code) {
        List<EsmImport> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            int offset = code.getStartOffset() + m.start();
            if (m.group("sideEffect") != null) {
                imports.add(new EsmImport(null, m.group("sideEffect"), offset));
                continue;
            }
            String from = m.group("from");
            String clause = m.group("clause").strip();
            int brace = clause.indexOf('{');
            String head = brace >= 0 ? clause.substring(0, brace) : clause;
            for (String part : head.split(",")) {
                String name = NAMESPACE.matcher(part.strip()).replaceFirst("");
                if (IDENTIFIER.matcher(name).matches()) {
                    imports.add(new EsmImport(name, from, offset));
                }
            }
            if (brace >= 0) {
                int close = clause.indexOf('}', brace);
                for (String part : clause.substring(brace + 1, close < 0 ? clause.length() : close).split(",")) {
                    String[] as = AS.split(TYPE.matcher(part.strip()).replaceFirst(""));
                    String name = as[as.length - 1].strip();
                    if (IDENTIFIER.matcher(name).matches()) {
                        imports.add(new EsmImport(name, from, offset));
                    }
                }
            }
        }
        return imports;
    }
}
