package dev.quire.maven;

import dev.quire.diagnostics.Diagnostic;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows Quire's warnings and notes in Maven's log as they are reported, e.g.
 * {@code [WARNING] blog/2025-01-02-x.md:7: message}. Errors are left to the build's failure,
 * whose message lists them all, so they are printed once.
 */
final class DiagnosticLog {

    private final Log log;

    DiagnosticLog(Log log) {
        this.log = log;
    }

    /** Called from the build's threads; Maven's log is safe to share. */
    void report(Diagnostic diagnostic) {
        switch (diagnostic.severity()) {
            case WARNING -> log.warn(describe(diagnostic));
            case INFO -> log.info(describe(diagnostic));
            case ERROR -> log.debug(describe(diagnostic));
        }
    }

    /** {@code file:line: message}, or only the message when it has no location. */
    private static String describe(Diagnostic diagnostic) {
        String where = diagnostic.location();
        return where.isEmpty() ? diagnostic.message() : where + ": " + diagnostic.message();
    }
}
