package io.cosmicsync.application.collection.port.out;

import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.project.ProjectId;
import java.util.List;
import java.util.Optional;

/** Reads collection definitions with all their versions. */
public interface LoadCollectionPort {

    /** The collection {@code name} of {@code projectId}, if defined. */
    Optional<Collection> loadCollection(ProjectId projectId, CollectionName name);

    /** Every collection of {@code projectId}, by name. */
    List<Collection> loadCollections(ProjectId projectId);
}
