package dev.quire.cli;

import dev.quire.BuildResult;
import dev.quire.command.Console;
import dev.quire.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** How the CLI prints diagnostics and summaries. */
public final class Report {

    private final PrintWriter err;
    private final Console console;

    Report(PrintWriter err) {
        this.err = err;
        this.console = new Console(err);
    }

    /** Prints a diagnostic at once; info lines are left out unless asked for. */
    void print(Diagnostic diagnostic) {
        console.print(diagnostic);
    }

    void causes(BuildResult result, boolean debug) {
        if (debug) {
            result.causes().forEach(t -> t.printStackTrace(err));
        }
    }

    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.2f s", elapsed.toNanos() / 1e9);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
