package io.cosmicsync.application.user;

import io.cosmicsync.domain.common.InvalidValueException;

/** The password rule: 8 to 128 characters. Checked before hashing; the text itself is never kept. */
public final class Password {

    public static final int MIN = 8;
    public static final int MAX = 128;

    private Password() {
    }

    /** Throws an {@link InvalidValueException} on field {@code password} unless 8–128 characters long. */
    public static char[] check(char[] password) {
        if (password == null || password.length < MIN || password.length > MAX) {
            throw new InvalidValueException("password", "must be " + MIN + " to " + MAX + " characters");
        }
        return password;
    }
}
