package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Define a new collection in a project.
 *
 * @param actor      the authenticated caller; an owner or editor of the project
 * @param projectId  the project
 * @param name       the collection's name (see {@code CollectionName})
 * @param definition its first version
 */
public record DefineCollectionCommand(UserId actor, ProjectId projectId, String name, CollectionDefinition definition) {

    public DefineCollectionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(definition, "definition");
    }
}
