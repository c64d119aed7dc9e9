package io.cosmicsync.domain.user;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A unique login name: 3 to 32 characters from {@code [A-Za-z0-9._-]}, starting with a letter or digit.
 * Compared exactly; uniqueness is case-insensitive (enforced by the store on the lower-cased form).
 */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,31}");

    public Username {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("username",
                    "must be 3 to 32 characters of letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
