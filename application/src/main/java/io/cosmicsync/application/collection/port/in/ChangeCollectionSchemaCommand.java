package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Add a version to a collection's definition.
 *
 * @param actor      the authenticated caller; an owner or editor of the project
 * @param projectId  the project
 * @param name       the collection
 * @param definition the new version; it must declare a migration if it would break older documents
 */
public record ChangeCollectionSchemaCommand(UserId actor, ProjectId projectId, String name,
                                            CollectionDefinition definition) {

    public ChangeCollectionSchemaCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(definition, "definition");
    }
}
