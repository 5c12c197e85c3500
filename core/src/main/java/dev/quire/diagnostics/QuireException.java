package dev.quire.diagnostics;

/**
 * A problem in the user's content or settings that stops the build, located at a file and line.
 *
 * <p>Code deep in a parser throws it; the pipeline catches it, turns it into an error
 * {@link Diagnostic} and goes on with the next file, so one run reports every broken file.
 */
public class QuireException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public QuireException(String file, int line, String message) {
        this(file, line, message, null);
    }

    public QuireException(String file, int line, String message, Throwable cause) {
        this(file, line, 0, message, cause);
    }

    /** A problem at a line and column (1-based), as a parser finds one. */
    public QuireException(String file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The column in {@link #line()}, 1-based, or 0 when the problem is the line's. */
    public int column() {
        return column;
    }

    public Diagnostic toDiagnostic() {
        return new Diagnostic(Severity.ERROR, file, line, column, getMessage());
    }
}
