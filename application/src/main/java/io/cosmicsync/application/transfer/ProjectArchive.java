package io.cosmicsync.application.transfer;

import java.util.List;
import java.util.Objects;

/**
 * A project's data as exported: name, description, collection definitions with their versions, and the
 * current JSON of every live document (docs/export-import.md).
 *
 * @param name        the project name
 * @param description the project description
 * @param collections defined collections, by name
 * @param documents   live documents, by collection then id
 */
public record ProjectArchive(String name, String description, List<ArchivedCollection> collections, List<ArchivedDocument> documents) {

    public ProjectArchive {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        collections = List.copyOf(collections);
        documents = List.copyOf(documents);
    }
}
