package io.cosmicsync.application.user;

import io.cosmicsync.domain.common.InvalidValueException;

/**
 * The password rule: 8 to 128 characters (Unicode code points). Checked before hashing; the text itself
 * is never kept.
 */
public final class Password {

    public static final int MIN = 8;
    public static final int MAX = 128;

    private Password() {
    }

    /** Throws an {@link InvalidValueException} on field {@code password} unless 8–128 characters long. */
    public static char[] check(char[] password) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length < MIN || length > MAX) {
            throw new InvalidValueException("password", "must be " + MIN + " to " + MAX + " characters");
        }
        return password;
    }
}
