package io.cosmicsync.application.collection.port.out;

import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.project.ProjectId;
import java.util.List;

/**
 * Keeps the database indexes that serve queries on a collection's declared index fields. Runs in the
 * caller's transaction when there is one; building an index over existing documents blocks document
 * writes of the node while it runs.
 */
public interface DocumentIndexesPort {

    /** Makes sure each of {@code fields} of collection {@code name} in {@code projectId} has its index; idempotent. */
    void createIndexes(ProjectId projectId, CollectionName name, List<FieldPath> fields);

    /** Drops the indexes of {@code fields} of that collection, where they exist. */
    void dropIndexes(ProjectId projectId, CollectionName name, List<FieldPath> fields);
}
