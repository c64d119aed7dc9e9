package io.cosmicsync.domain.auth;

import io.cosmicsync.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a login session; carried in every access token as the {@code sid} claim. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text; an {@code InvalidValueException} on field {@code sid} otherwise. */
    public static SessionId parse(String text) {
        return new SessionId(Ids.parseUuid("sid", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
