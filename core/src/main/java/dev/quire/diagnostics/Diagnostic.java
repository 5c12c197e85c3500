package dev.quire.diagnostics;

import java.util.Comparator;

/**
 * One problem found while building, pointing at a file and line when there is one.
 *
 * @param severity how serious it is
 * @param file     the file, relative to the site folder with {@code /} separators, or {@code null}
 * @param line     the 1-based line in {@code file}, or 0 when unknown
 * @param message  one readable sentence, without the location
 */
public record Diagnostic(Severity severity, String file, int line, String message) implements java.io.Serializable {

    /** Orders diagnostics by file, then line, then message: stable output for any thread order. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message);

    /** {@code file:line} or {@code file} or {@code ""} when the diagnostic has no location. */
    public String location() {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }

    /** The form printed to users: {@code blog/x.md:3: error: message}. */
    @Override
    public String toString() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
    }
}
