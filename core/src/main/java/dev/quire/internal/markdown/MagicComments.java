package dev.quire.internal.markdown;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus's magic comments: a line that is only {@code // highlight-next-line} highlights the
 * line after it, and {@code highlight-start} … {@code highlight-end} the lines between. The
 * comment lines are taken out of the code. Which comment syntaxes count depends on the language,
 * as in Docusaurus: {@code #} in Python, {@code <!-- -->} in HTML, and so on.
 */
final class MagicComments {

    /** The lines to show and which of them (counted from 1) are highlighted. */
    record Result(List<String> lines, BitSet highlighted) {
    }

    private enum Syntax {
        JS("//", ""), JS_BLOCK("/\\*", "\\*/"), JSX("\\{\\s*/\\*", "\\*/\\s*}"), BASH("#", ""), HTML("<!--", "-->"),
        LUA("--", ""), WASM(";;", ""), TEX("%", ""), VB("['‘’]", ""), REM("(?i:REM)", ""), F90("!", ""),
        ML("\\(\\*", "\\*\\)"), COBOL("\\*>", "");

        final String start;
        final String end;

        Syntax(String start, String end) {
            this.start = start;
            this.end = end;
        }
    }

    /** The syntaxes of a language without its own entry: all but those that would misread ordinary code. */
    private static final Set<Syntax> DEFAULT = Set.of(Syntax.JS, Syntax.JS_BLOCK, Syntax.JSX, Syntax.BASH, Syntax.HTML);

    private static Set<Syntax> syntaxes(String language) {
        return switch (language) {
            case "js", "javascript", "ts", "typescript" -> Set.of(Syntax.JS, Syntax.JS_BLOCK);
            case "jsx", "tsx" -> Set.of(Syntax.JS, Syntax.JS_BLOCK, Syntax.JSX);
            case "html" -> Set.of(Syntax.JS, Syntax.JS_BLOCK, Syntax.HTML);
            case "python", "py", "bash" -> Set.of(Syntax.BASH);
            case "markdown", "md" -> Set.of(Syntax.HTML, Syntax.JSX, Syntax.BASH);
            case "tex", "latex", "matlab" -> Set.of(Syntax.TEX);
            case "lua", "haskell" -> Set.of(Syntax.LUA);
            case "sql" -> Set.of(Syntax.LUA, Syntax.JS_BLOCK);
            case "wasm" -> Set.of(Syntax.WASM);
            case "vb", "vba", "visual-basic", "vbnet" -> Set.of(Syntax.VB, Syntax.REM);
            case "batch" -> Set.of(Syntax.REM);
            case "basic" -> Set.of(Syntax.REM, Syntax.F90);
            case "fsharp" -> Set.of(Syntax.JS, Syntax.ML);
            case "ocaml", "sml" -> Set.of(Syntax.ML);
            case "fortran" -> Set.of(Syntax.F90);
            case "cobol" -> Set.of(Syntax.COBOL);
            default -> DEFAULT;
        };
    }

    private static Pattern directive(String language) {
        List<String> forms = new ArrayList<>();
        for (Syntax syntax : syntaxes(language)) {
            forms.add(syntax.start + "\\s*(?<d" + syntax.ordinal() + ">highlight-next-line|highlight-start|highlight-end)\\s*"
                    + syntax.end);
        }
        return Pattern.compile("^\\s*(?:" + String.join("|", forms) + ")\\s*$");
    }

    private MagicComments() {
    }

    static Result apply(String language, List<String> lines) {
        Pattern pattern = directive(language);
        List<String> shown = new ArrayList<>(lines.size());
        BitSet highlighted = new BitSet();
        boolean nextLine = false;
        int openBlocks = 0;
        for (String line : lines) {
            String directive = directiveOf(pattern.matcher(line));
            if (directive == null) {
                shown.add(line);
                if (nextLine || openBlocks > 0) {
                    highlighted.set(shown.size());
                }
                nextLine = false;
            } else if (directive.equals("highlight-next-line")) {
                nextLine = true;
            } else if (directive.equals("highlight-start")) {
                openBlocks++;
            } else if (openBlocks > 0) {
                openBlocks--;
            }
        }
        return new Result(shown, highlighted);
    }

    private static String directiveOf(Matcher matcher) {
        if (!matcher.matches()) {
            return null;
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return null;
    }
}
