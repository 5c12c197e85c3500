package dev.quire.cli.docusaurus;

/** A configuration file Quire cannot even split into tokens, at a line. */
final class JsSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    JsSyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
