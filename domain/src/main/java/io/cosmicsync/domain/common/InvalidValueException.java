package io.cosmicsync.domain.common;

/**
 * A value broke a domain invariant (too long, wrong shape, out of range).
 *
 * <p>Thrown by value-object constructors. {@link #field()} names the offending field in the
 * API's terms (snake_case), so an adapter can tell the caller exactly what to fix.
 */
public final class InvalidValueException extends RuntimeException {

    private final String field;
    private final String reason;

    /**
     * @param field   the field in the API's terms, e.g. {@code "email"}
     * @param message what is wrong and what is allowed, e.g. "must be at most 254 characters"
     */
    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
    }

    /** The field in the API's terms, e.g. {@code "email"}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String reason() {
        return reason;
    }
}
