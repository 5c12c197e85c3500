package dev.quire.diagnostics;

import java.util.Comparator;

/**
 * One problem found while building, pointing at a file and line when there is one.
 *
 * @param severity how serious it is
 * @param file     the file, relative to the site folder with {@code /} separators, or {@code null}
 * @param line     the 1-based line in {@code file}, or 0 when unknown
 * @param column   the 1-based column in {@code line}, or 0 when unknown (most problems are a line's)
 * @param message  one readable sentence, without the location
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message)
        implements java.io.Serializable {

    /** A diagnostic at a line, with no column. */
    public Diagnostic(Severity severity, String file, int line, String message) {
        this(severity, file, line, 0, message);
    }

    /** Orders diagnostics by file, then line, then message: stable output for any thread order. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    /**
     * {@code file:line:column}, {@code file:line} or {@code file}, as compilers write it;
     * {@code ""} when the diagnostic has no location.
     */
    public String location() {
        if (file == null) {
            return "";
        }
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }

    /** The form printed to users: {@code blog/x.md:3: error: message} or {@code blog/x.mdx:3:7: error: …}. */
    @Override
    public String toString() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
    }
}
