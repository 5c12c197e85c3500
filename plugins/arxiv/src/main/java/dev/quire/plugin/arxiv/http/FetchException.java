package dev.quire.plugin.arxiv.http;

/** A request that did not give a usable answer; the message says why, for a warning. */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
