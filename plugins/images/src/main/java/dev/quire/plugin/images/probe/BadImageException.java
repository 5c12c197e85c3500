package dev.quire.plugin.images.probe;

import java.io.IOException;

/** The file is not an image of a known format, or its header is damaged or cut short. */
public final class BadImageException extends IOException {

    private static final long serialVersionUID = 1L;

    public BadImageException(String message) {
        super(message);
    }

    public BadImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
