package io.cosmicsync.domain.collection;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A field of a document, as a dot-separated path of property names ({@code title}, {@code address.city}):
 * 1 to {@value #MAX_DEPTH} names, each an ASCII letter or {@code _} followed by letters, digits or
 * {@code _}; at most {@value #MAX_LENGTH} characters in all.
 */
public record FieldPath(String value) {

    public static final int MAX_DEPTH = 8;
    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public FieldPath {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.split("\\.").length > MAX_DEPTH) {
            throw new InvalidValueException("field", "must be a path of 1 to " + MAX_DEPTH + " property names "
                    + "joined by dots (like title or address.city), at most " + MAX_LENGTH + " characters");
        }
    }

    /** Parses {@code text}, naming {@code field} (e.g. {@code indexes}) in the error. */
    public static FieldPath parse(String field, String text) {
        try {
            return new FieldPath(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, "'" + text + "' " + e.reason());
        }
    }

    /** The property names from the document's root down. */
    public List<String> segments() {
        return List.of(value.split("\\."));
    }

    @Override
    public String toString() {
        return value;
    }
}
