package dev.quire.cli;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Prints the errors and warnings of a build once it is over, grouped by file: each file once as
 * a heading, in file order, then its problems by line. Problems of no file (the strict-mode
 * verdict, internal errors) come last, since they speak of what is above. Info lines are left out.
 * <pre>
 * blog/2025-11-30-draft.mdx
 *   5: error: {notImported} is used but never imported
 * quire.yml
 *   4: warning: unknown setting 'colour' is ignored
 * </pre>
 */
final class GroupedDiagnostics {

    private final Terminal terminal;
    private final PrintWriter err;

    GroupedDiagnostics(Terminal terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    /** @param diagnostics sorted by location, as builds return them */
    void print(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        List<Diagnostic> general = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.INFO) {
                continue;
            }
            if (diagnostic.file() == null) {
                general.add(diagnostic);
            } else {
                byFile.computeIfAbsent(diagnostic.file(), f -> new ArrayList<>()).add(diagnostic);
            }
        }
        byFile.forEach((file, problems) -> {
            err.println(terminal.paint(file, Style.bold, Style.underline));
            problems.forEach(d -> err.println("  " + (d.line() > 0 ? terminal.paint(d.location().substring(file.length() + 1) + ":", Style.faint) + " " : "")
                    + severity(d.severity()) + ": " + d.message()));
        });
        general.forEach(d -> err.println(severity(d.severity()) + ": " + d.message()));
        err.flush();
    }

    private String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> terminal.paint(severity.label(), Style.bold, Style.fg_red);
            case WARNING -> terminal.paint(severity.label(), Style.bold, Style.fg_yellow);
            case INFO -> terminal.paint(severity.label(), Style.faint);
        };
    }
}
