package dev.quire.plugin.arxiv.http;

/** A request that did not give a usable answer; the message says why, for a warning. */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public FetchException(String message) {
        this(message, null, false);
    }

    public FetchException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /** @param unreachable true when the server could not be reached at all, see {@link #unreachable()} */
    public FetchException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /**
     * True when no answer came at all (no network, no such host, no connection, no reply in
     * time), as opposed to an answer that was refused or unusable: asking about other papers of
     * the same server now would fail the same way.
     */
    public boolean unreachable() {
        return unreachable;
    }
}
