package io.cosmicsync.domain.user;

import io.cosmicsync.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user; a random (version 4) UUID. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text; an {@code InvalidValueException} on field {@code id} otherwise. */
    public static UserId parse(String text) {
        return new UserId(Ids.parseUuid("id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
