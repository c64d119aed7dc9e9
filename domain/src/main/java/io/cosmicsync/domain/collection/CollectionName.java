package io.cosmicsync.domain.collection;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The name of a collection within its project, like a table name: 1 to 63 characters, a lower-case ASCII
 * letter first, then lower-case letters, digits or {@code _}. It is part of every document's address
 * ({@code DocumentRef.collection}), so it never changes.
 */
public record CollectionName(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public CollectionName {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("name", "must be 1 to 63 characters: a lower-case letter, then "
                    + "lower-case letters, digits or _ (like tasks or meeting_notes)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
