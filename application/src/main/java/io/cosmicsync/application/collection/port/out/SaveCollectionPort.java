package io.cosmicsync.application.collection.port.out;

import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.ProjectId;

/** Writes collection definitions. The project must exist. */
public interface SaveCollectionPort {

    /** Stores a new collection with its versions; {@code false} (nothing stored) when the name is taken in the project. */
    boolean insertCollection(Collection collection);

    /**
     * Appends {@code version} to an existing collection; {@code false} (nothing stored) when that version
     * number is taken already, i.e. someone else added a version meanwhile.
     */
    boolean appendVersion(ProjectId projectId, CollectionName name, SchemaVersion version);
}
