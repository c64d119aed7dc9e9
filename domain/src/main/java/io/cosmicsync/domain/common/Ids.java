package io.cosmicsync.domain.common;

import java.util.UUID;

/** Parses the textual form of UUID-based ids with a field-named error. */
public final class Ids {

    private Ids() {
    }

    /**
     * Parses a canonical UUID string ({@code 8-4-4-4-12} hex digits).
     *
     * @throws InvalidValueException naming {@code field} when {@code text} is not a UUID
     */
    public static UUID parseUuid(String field, String text) {
        if (text == null || text.length() != 36) {
            throw new InvalidValueException(field, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000");
        }
    }
}
