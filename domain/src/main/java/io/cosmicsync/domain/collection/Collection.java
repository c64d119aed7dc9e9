package io.cosmicsync.domain.collection;

import io.cosmicsync.domain.project.ProjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A kind of document an app keeps in a project (like a table): its name and the versions of its
 * definition, oldest first, numbered 1, 2, 3, … without gaps. Documents are written under the current
 * (last) version. Immutable; {@link #withVersion} returns the collection with one more version.
 */
public final class Collection {

    private final ProjectId projectId;
    private final CollectionName name;
    private final List<SchemaVersion> versions;

    private Collection(ProjectId projectId, CollectionName name, List<SchemaVersion> versions) {
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.name = Objects.requireNonNull(name, "name");
        this.versions = List.copyOf(versions);
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("collection " + name + " needs at least one schema version");
        }
        for (int i = 0; i < this.versions.size(); i++) {
            if (this.versions.get(i).version() != i + 1) {
                throw new IllegalArgumentException("collection " + name + " has version "
                        + this.versions.get(i).version() + " where " + (i + 1) + " belongs");
            }
        }
    }

    /** A new collection whose first definition is {@code first} (version 1). */
    public static Collection create(ProjectId projectId, CollectionName name, SchemaVersion first) {
        return new Collection(projectId, name, List.of(first));
    }

    /** A collection loaded from storage, versions in any order. */
    public static Collection reconstitute(ProjectId projectId, CollectionName name, List<SchemaVersion> versions) {
        List<SchemaVersion> sorted = new ArrayList<>(versions);
        sorted.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return new Collection(projectId, name, sorted);
    }

    /** The number the next version must carry. */
    public int nextVersion() {
        return current().version() + 1;
    }

    /**
     * This collection with {@code next} as its current version.
     *
     * @throws IllegalArgumentException unless {@code next} is numbered {@link #nextVersion()}
     */
    public Collection withVersion(SchemaVersion next) {
        List<SchemaVersion> more = new ArrayList<>(versions);
        more.add(next);
        return new Collection(projectId, name, more);
    }

    /** The version documents are written under now. */
    public SchemaVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** When the collection was defined: the creation time of version 1. */
    public Instant createdAt() {
        return versions.get(0).createdAt();
    }

    public ProjectId projectId() {
        return projectId;
    }

    public CollectionName name() {
        return name;
    }

    /** Every version, oldest first. */
    public List<SchemaVersion> versions() {
        return versions;
    }
}
