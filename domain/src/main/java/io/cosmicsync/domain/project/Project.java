package io.cosmicsync.domain.project;

import io.cosmicsync.domain.common.Texts;
import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A project: a named space that people work on together and that nodes keep in sync.
 * Name: 1 to 100 characters; description: at most 2,000 characters. Immutable.
 */
public final class Project {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2000;

    private final ProjectId id;
    private final String name;
    private final String description;
    private final UserId creatorId;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Project(ProjectId id, String name, String description, UserId creatorId,
                    Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Texts.requireText("name", name, MAX_NAME);
        this.description = Texts.optionalText("description", description, MAX_DESCRIPTION);
        this.creatorId = Objects.requireNonNull(creatorId, "creatorId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new project with a fresh id, created by {@code creatorId} at {@code now}. */
    public static Project create(String name, String description, UserId creatorId, Instant now) {
        return new Project(ProjectId.random(), name, description, creatorId, now, now);
    }

    /** A project loaded from storage. */
    public static Project reconstitute(ProjectId id, String name, String description, UserId creatorId,
                                       Instant createdAt, Instant updatedAt) {
        return new Project(id, name, description, creatorId, createdAt, updatedAt);
    }

    /** This project with name and/or description replaced where non-null, stamped {@code now}. */
    public Project update(String newName, String newDescription, Instant now) {
        return new Project(id, newName != null ? newName : name,
                newDescription != null ? newDescription : description, creatorId, createdAt, now);
    }

    /**
     * Whether {@code userId} created this project. The creator becomes its first owner; from then on
     * {@link ProjectRole}s, not authorship, decide who may change or delete it.
     */
    public boolean isCreatedBy(UserId userId) {
        return creatorId.equals(userId);
    }

    public ProjectId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public UserId creatorId() {
        return creatorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
