package dev.quire.maven;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The failure of a goal whose site has errors. Its message lists what failed the build, as
 * {@code file:line: severity: message} (the warnings too when strict turned them into errors),
 * which Maven prints without a stack trace; an internal error keeps its exception as the cause,
 * shown by {@code mvn -e}.
 */
final class BuildFailure {

    /** Warnings first, as the error that strict adds refers to them as "above". */
    private static final Comparator<Diagnostic> WARNINGS_THEN_ERRORS =
            Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic.BY_LOCATION);

    private BuildFailure() {
    }

    /**
     * @param strict  whether warnings failed the build too
     * @param outcome what became of the output, e.g. {@code target/quire was left as it was}
     */
    static MojoFailureException of(BuildResult result, boolean strict, String outcome) {
        List<Diagnostic> failing = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR || strict && d.severity() == Severity.WARNING)
                .sorted(WARNINGS_THEN_ERRORS)
                .toList();
        long warnings = strict ? result.count(Severity.WARNING) : 0;
        StringBuilder message = new StringBuilder("Quire found ")
                .append(Summary.count(result.count(Severity.ERROR), "error"))
                .append(warnings == 0 ? "" : " and " + Summary.count(warnings, "warning"))
                .append("; ").append(outcome).append(':');
        for (Diagnostic diagnostic : failing) {
            message.append(System.lineSeparator()).append(diagnostic);
        }
        Throwable cause = result.causes().isEmpty() ? null : result.causes().get(0);
        if (cause != null) {
            message.append(System.lineSeparator())
                    .append("This is a bug in Quire or one of its plugins; run Maven with -e to see where it failed.");
        }
        return new MojoFailureException(message.toString(), cause);
    }
}
