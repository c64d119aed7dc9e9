package io.cosmicsync.domain.user;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.common.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, lower-cased; at most 254 characters (RFC 5321 path limit) of the shape
 * {@code local@domain.tld}. Deliverability is not checked.
 */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

    public Email {
        value = value == null ? null : value.toLowerCase(Locale.ROOT);
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an address like ada@example.org (at most 254 characters)");
        }
        Texts.requirePrintable("email", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
