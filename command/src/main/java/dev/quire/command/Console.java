package dev.quire.command;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.io.PrintWriter;

/** How commands print what they report: problems as {@code file:line:column: message}, counts in words. */
public final class Console {

    private final PrintWriter err;

    /** @param err where problems go: standard error */
    public Console(PrintWriter err) {
        this.err = err;
    }

    /** Prints a problem at once; info lines are left out. */
    public void print(Diagnostic diagnostic) {
        if (diagnostic.severity() != Severity.INFO) {
            err.println(diagnostic);
            err.flush();
        }
    }

    /** {@code count} and {@code word}, with an s unless there is one: "1 paper", "3 papers". */
    public static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
