package io.cosmicsync.domain.text;

/**
 * A broken invariant of a {@link CollaborativeText}: an operation delivered out of causal order
 * (unknown origin or deleted id), a position outside the text, or bytes that do not decode.
 */
public class TextException extends RuntimeException {

    public TextException(String message) {
        super(message);
    }

    public TextException(String message, Throwable cause) {
        super(message, cause);
    }
}
