package io.cosmicsync.application.transfer;

import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import java.util.List;
import java.util.Objects;

/**
 * A collection in a project archive: its name and every version of its definition, oldest first.
 *
 * @param name     the collection name
 * @param versions version 1 first; at least one
 */
public record ArchivedCollection(String name, List<CollectionDefinition> versions) {

    public ArchivedCollection {
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
    }
}
