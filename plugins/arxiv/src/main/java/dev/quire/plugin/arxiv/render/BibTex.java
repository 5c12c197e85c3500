package dev.quire.plugin.arxiv.render;

import dev.quire.plugin.arxiv.Paper;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * BibTeX entries for papers, in the {@code @misc} form arXiv itself exports ({@code eprint},
 * {@code archivePrefix}, {@code primaryClass}).
 *
 * <p>The text is untrusted, so it is made inert for both BibTeX and LaTeX: outside math every
 * character that means something to them ({@code \ { } $ & % # _ ^ ~}) is replaced by a command
 * that prints it. Those commands carry only balanced braces, and BibTeX ends a field at the brace
 * that balances its opening one whatever backslashes stand before it, so no field can end early
 * and no command of the text can run. TeX math ({@code $...$}) is kept so formulas still typeset,
 * unless it is unbalanced or uses a command that reads or writes files or defines commands, in
 * which case it is escaped like text.
 */
public final class BibTex {

    private static final Pattern UNSAFE_MATH = Pattern.compile("\\\\(?:input|include|write|immediate|open|read|"
            + "def|edef|gdef|xdef|let|catcode|csname|newcommand|renewcommand|providecommand|usepackage|special|"
            + "url|href|jobname|expandafter|loop|endinput|directlua|verb|begin|end|makeatletter)",
            Pattern.CASE_INSENSITIVE);

    private BibTex() {
    }

    /** One {@code @misc} entry under {@code key}, ending with a newline. */
    public static String entry(Paper paper, String key) {
        StringBuilder bib = new StringBuilder();
        bib.append("@misc{").append(key).append(",\n");
        field(bib, "title", "{" + text(paper.title()) + "}");
        if (!paper.authors().isEmpty()) {
            field(bib, "author", String.join(" and ", paper.authors().stream().map(BibTex::text).toList()));
        }
        if (paper.published() != null) {
            field(bib, "year", String.valueOf(paper.published().getYear()));
            bib.append("  month = ")
                    .append(paper.published().getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT))
                    .append(",\n");
        }
        field(bib, "eprint", paper.id());
        field(bib, "archivePrefix", "arXiv");
        if (paper.primaryCategory() != null) {
            field(bib, "primaryClass", text(paper.primaryCategory()));
        }
        if (paper.doi() != null) {
            field(bib, "doi", text(paper.doi()));
        }
        if (paper.journalRef() != null) {
            field(bib, "note", text(paper.journalRef()));
        }
        field(bib, "url", paper.absUrl());
        return bib.append("}\n").toString();
    }

    /**
     * The {@code @online} entry that cites a post itself ("cite this review"), ending with a
     * newline. The key is made of the site's host and the post's path, in the characters BibTeX
     * keys allow.
     *
     * @param authors the post's authors; when there are none, the site is the author
     * @param url     the post's address, absolute when the site has one
     * @param site    the site's title
     */
    public static String online(String title, List<String> authors, java.time.LocalDate date, String url, String site) {
        StringBuilder bib = new StringBuilder();
        bib.append("@online{").append(onlineKey(url, date)).append(",\n");
        field(bib, "title", "{" + text(title) + "}");
        field(bib, "author", authors.isEmpty() ? "{" + text(site) + "}"
                : String.join(" and ", authors.stream().map(BibTex::text).toList()));
        field(bib, "date", date.toString());
        field(bib, "url", url);
        field(bib, "organization", "{" + text(site) + "}");
        return bib.append("}\n").toString();
    }

    private static String onlineKey(String url, java.time.LocalDate date) {
        String place = url.replaceFirst("^[a-z]+://", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return place.isEmpty() ? "post:" + date : place;
    }

    /** Entries for several papers, separated by blank lines. */
    public static String entries(List<Paper> papers, CitationKeys keys) {
        StringBuilder bib = new StringBuilder();
        for (Paper paper : papers) {
            if (bib.length() > 0) {
                bib.append('\n');
            }
            bib.append(entry(paper, keys.of(paper.id())));
        }
        return bib.toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Text made inert for BibTeX and LaTeX, keeping safe math. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '$' ? text.indexOf('$', i + 1) : -1;
            if (close > i + 1 && isSafeMath(text.substring(i + 1, close))) {
                out.append(text, i, close + 1);
                i = close + 1;
            } else {
                out.append(escape(text.charAt(i)));
                i++;
            }
        }
        return out.toString();
    }

    /** BibTeX counts every brace, escaped or not, so math is kept only when its braces balance as written. */
    private static boolean isSafeMath(String math) {
        int depth = 0;
        for (int i = 0; i < math.length(); i++) {
            char c = math.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            } else if (c == '%' || c == '#' || c == '&') {
                return false;
            }
        }
        return depth == 0 && !UNSAFE_MATH.matcher(math).find();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\textbackslash{}";
            case '{' -> "\\textbraceleft{}";
            case '}' -> "\\textbraceright{}";
            case '$' -> "\\$";
            case '&' -> "\\&";
            case '%' -> "\\%";
            case '#' -> "\\#";
            case '_' -> "\\_";
            case '^' -> "\\textasciicircum{}";
            case '~' -> "\\textasciitilde{}";
            default -> String.valueOf(c);
        };
    }
}
