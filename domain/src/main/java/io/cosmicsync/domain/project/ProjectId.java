package io.cosmicsync.domain.project;

import io.cosmicsync.domain.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a project, the unit of sharing and sync scope; a random (version 4) UUID. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random id. */
    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text; an {@code InvalidValueException} on field {@code id} otherwise. */
    public static ProjectId parse(String text) {
        return new ProjectId(Ids.parseUuid("id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
