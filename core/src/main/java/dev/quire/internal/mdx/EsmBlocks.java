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
    /** Lines after which no paragraph is open: headings, thematic breaks, admonition fences, JSX and expression lines. */
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile(
            " {0,3}(?:#{1,6}(?:[ \\t].*)?|(?:[-*_][ \\t]*){3,}|:{3,}.*)|[ \\t]*(?:<.*>|\\{.*})[ \\t]*");
    private static final Pattern IMPORT = Pattern.compile(
            "(?<![\\w$.])import\\s+(?:type\\s+)?(?<clause>[\\p{L}_$*{][^;'\"]*?)\\s*from\\s*(?<q>['\"])(?<from>[^'\"\\n]*)\\k<q>"
                    + "|(?<![\\w$.])import\\s*(?<q2>['\"])(?<sideEffect>[^'\"\\n]*)\\k<q2>");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private EsmBlocks() {
    }

    /** The ESM blocks of {@code text}, in order, their chars without the final line ending. */
    static List<Esm> find(BasedSequence text) {
        List<Esm> blocks = new ArrayList<>();
        String fence = null;
        boolean paragraphOpen = false;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = lineEnd(text, lineStart);
            CharSequence line = text.subSequence(lineStart, lineEnd);
            boolean blank = line.toString().isBlank();
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.matches() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && f.group(2).isBlank()) {
                    fence = null;
                }
            } else if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                fence = f.group(1);
                paragraphOpen = false;
            } else if (!paragraphOpen && KEYWORD.matcher(line).lookingAt()) {
                int end = blockEnd(text, lineStart);
                Esm esm = new Esm(text.subSequence(lineStart, end));
                esm.setImports(imports(esm.getChars()));
                blocks.add(esm);
                lineStart = lineEnd(text, end) + 1;
                continue;
            } else {
                paragraphOpen = !blank && !ENDS_PARAGRAPH.matcher(line).matches();
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
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
                String name = part.strip().replaceFirst("^\\*\\s*as\\s+", "");
                if (IDENTIFIER.matcher(name).matches()) {
                    imports.add(new EsmImport(name, from, offset));
                }
            }
            if (brace >= 0) {
                int close = clause.indexOf('}', brace);
                for (String part : clause.substring(brace + 1, close < 0 ? clause.length() : close).split(",")) {
                    String[] as = part.strip().replaceFirst("^type\\s+", "").split("\\s+as\\s+");
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
