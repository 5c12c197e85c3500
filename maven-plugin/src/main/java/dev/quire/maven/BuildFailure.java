package dev.quire.maven;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The failure of a goal whose site has errors. Its message lists every error as
 * {@code file:line: message}, which Maven prints without a stack trace; an internal error keeps
 * its exception as the cause, shown by {@code mvn -e}.
 */
final class BuildFailure {

    private BuildFailure() {
    }

    /** @param outcome what became of the output, e.g. {@code target/quire was left as it was} */
    static MojoFailureException of(BuildResult result, String outcome) {
        List<Diagnostic> errors = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        StringBuilder message = new StringBuilder("Quire found ")
                .append(Summary.count(errors.size(), "error")).append("; ").append(outcome).append(':');
        for (Diagnostic error : errors) {
            message.append(System.lineSeparator()).append(DiagnosticLog.describe(error));
        }
        Throwable cause = result.causes().isEmpty() ? null : result.causes().get(0);
        if (cause != null) {
            message.append(System.lineSeparator())
                    .append("This is a bug in Quire or one of its plugins; run Maven with -e to see where it failed.");
        }
        return new MojoFailureException(message.toString(), cause);
    }
}
