package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Read one collection's definition.
 *
 * @param actor     the authenticated caller; a member of the project
 * @param projectId the project
 * @param name      the collection's name
 */
public record GetCollectionQuery(UserId actor, ProjectId projectId, String name) {

    public GetCollectionQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
