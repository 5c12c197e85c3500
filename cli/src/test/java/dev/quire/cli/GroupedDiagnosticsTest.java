package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupedDiagnosticsTest {

    private static List<Diagnostic> sorted(Diagnostic... diagnostics) {
        List<Diagnostic> list = new ArrayList<>(List.of(diagnostics));
        list.sort(Diagnostic.BY_LOCATION);
        return list;
    }

    private static String print(Terminal terminal, List<Diagnostic> diagnostics) {
        StringWriter err = new StringWriter();
        new GroupedDiagnostics(terminal, new PrintWriter(err)).print(diagnostics);
        return err.toString();
    }

    @Test
    void eachFileIsAHeadingOnceWithItsProblemsByLineAndGeneralProblemsLast() {
        List<Diagnostic> diagnostics = sorted(
                new Diagnostic(Severity.ERROR, null, 0, "strict mode: the warnings above count as errors"),
                new Diagnostic(Severity.WARNING, "quire.yml", 4, "unknown setting 'colour' is ignored"),
                new Diagnostic(Severity.WARNING, "blog/b.md", 12, "a broken link"),
                new Diagnostic(Severity.ERROR, "blog/b.md", 3, "a bad date"),
                new Diagnostic(Severity.INFO, "blog/b.md", 5, "left out: only worth knowing"),
                new Diagnostic(Severity.WARNING, "blog/a.md", 0, "no title"));
        assertThat(print(Terminal.plain(), diagnostics)).isEqualTo("""
                blog/a.md
                  warning: no title
                blog/b.md
                  3: error: a bad date
                  12: warning: a broken link
                quire.yml
                  4: warning: unknown setting 'colour' is ignored
                error: strict mode: the warnings above count as errors
                """);
    }

    @Test
    void colourMakesHeadingsBoldAndSeveritiesStandOut() {
        String printed = print(new Terminal(true, true, 80),
                sorted(new Diagnostic(Severity.ERROR, "blog/b.md", 3, "a bad date")));
        assertThat(printed).contains("\u001b[1m\u001b[4mblog/b.md\u001b[0m").contains("\u001b[1m\u001b[31merror\u001b[0m").contains("a bad date");
    }

    @Test
    void nothingToSayPrintsNothing() {
        assertThat(print(Terminal.plain(), List.of(new Diagnostic(Severity.INFO, "a.md", 1, "fine")))).isEmpty();
    }
}
