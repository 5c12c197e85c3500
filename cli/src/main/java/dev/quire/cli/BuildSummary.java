package dev.quire.cli;

import dev.quire.BuildResult;
import dev.quire.command.Console;
import dev.quire.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The lines a successful build ends with: where the site went and how long it took, then one
 * aligned row per count (posts, pages, what each plugin counted, files, warnings). Rows instead
 * of a sentence, because plugins name their counts ("papers enriched") and a table needs no
 * grammar for them.
 * <pre>
 * Built the site into /home/me/blog/build in 0.84 s
 *   posts              12
 *   pages               2
 *   papers enriched     3
 *   files written      41  (1.2 MB)
 *   warnings            0
 * </pre>
 */
final class BuildSummary {

    private final Terminal terminal;

    BuildSummary(Terminal terminal) {
        this.terminal = terminal;
    }

    void print(BuildResult result, PrintWriter out) {
        if (result.upToDate()) {
            out.println(terminal.paint("Up to date:", Style.bold, Style.fg_green) + " nothing changed since the last build of "
                    + result.output() + " (" + Console.plural(result.posts(), "post") + ", " + Console.plural(result.pages(), "page")
                    + "; checked in "
                    + Report.seconds(result.elapsed()) + "; --clean builds it all again)");
            out.flush();
            return;
        }
        out.println(terminal.paint("Built the site", Style.bold, Style.fg_green) + " into " + result.output() + " in "
                + Report.seconds(result.elapsed()));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("posts", String.valueOf(result.posts()));
        rows.put("pages", String.valueOf(result.pages()));
        result.counts().forEach((what, count) -> rows.put(what, String.valueOf(count)));
        rows.put("files written", result.files() + "  (" + Report.size(result.bytes()) + ")");
        long warnings = result.count(Severity.WARNING);
        rows.put("warnings", warnings == 0 ? "0" : terminal.paint(String.valueOf(warnings), Style.bold, Style.fg_yellow));
        int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        int numberWidth = rows.values().stream().mapToInt(v -> number(v).length()).max().orElse(0);
        rows.forEach((label, value) -> out.println("  " + pad(label, labelWidth) + "  "
                + " ".repeat(numberWidth - number(value).length()) + value));
        out.flush();
    }

    /** The leading number of a row's value, to right-align the numbers whatever follows them. */
    private static String number(String value) {
        String plain = value.replaceAll("\u001b\\[[0-9;]*m", "");
        int end = 0;
        while (end < plain.length() && Character.isDigit(plain.charAt(end))) {
            end++;
        }
        return plain.substring(0, end);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
