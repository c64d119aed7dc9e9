package io.cosmicsync.domain.common;

import java.util.UUID;
import java.util.regex.Pattern;

/** Parses the textual form of UUID-based ids with a field-named error. */
public final class Ids {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /**
     * Parses a canonical UUID string ({@code 8-4-4-4-12} hex digits).
     *
     * @throws InvalidValueException naming {@code field} when {@code text} is not a UUID
     */
    public static UUID parseUuid(String field, String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidValueException(field, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000");
        }
    }
}
