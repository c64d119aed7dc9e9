package io.cosmicsync.application.project;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * The position after which the next page of a project list starts: the sort key and id of the last
 * project returned. Encoded as unpadded base64url of {@code sort '\n' id '\n' key}; opaque to callers.
 *
 * @param sort the order this cursor belongs to; a cursor is refused under another order
 * @param id   the last project's id (the tie-break)
 * @param key  the last project's sort key: its name, or its creation instant in ISO-8601
 */
public record ProjectCursor(ProjectSort sort, ProjectId id, String key) {

    private static final int MAX_ENCODED = 1024;

    public ProjectCursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
    }

    /** The cursor that continues after {@code last} in order {@code sort}. */
    public static ProjectCursor after(Project last, ProjectSort sort) {
        String key = switch (sort) {
            case NAME_ASC, NAME_DESC -> last.name();
            case CREATED_AT_ASC, CREATED_AT_DESC -> last.createdAt().toString();
        };
        return new ProjectCursor(sort, last.id(), key);
    }

    /** The opaque text form. */
    public String encode() {
        String plain = sort.token() + "\n" + id + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The creation instant this cursor holds; only for the created_at orders. */
    public Instant createdAtKey() {
        return Instant.parse(key);
    }

    /**
     * Parses a cursor previously returned for the same {@code sort}.
     *
     * @throws InvalidValueException on field {@code cursor} when it is not one, or belongs to another order
     */
    public static ProjectCursor decode(String text, ProjectSort sort) {
        if (text.length() > MAX_ENCODED) {
            throw invalid();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.length != 3) {
            throw invalid();
        }
        if (!parts[0].equals(sort.token())) {
            throw new InvalidValueException("cursor", "belongs to sort '" + parts[0]
                    + "'; request the same sort or start without a cursor");
        }
        try {
            ProjectCursor cursor = new ProjectCursor(sort, ProjectId.parse(parts[1]), parts[2]);
            if (!sort.name().startsWith("NAME")) {
                cursor.createdAtKey();
            }
            return cursor;
        } catch (InvalidValueException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("cursor", "is not a cursor returned by this API; start without one");
    }
}
