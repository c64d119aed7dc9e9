package io.cosmicsync.application.collection.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * List a project's collections.
 *
 * @param actor     the authenticated caller; a member of the project
 * @param projectId the project
 */
public record ListCollectionsQuery(UserId actor, ProjectId projectId) {

    public ListCollectionsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
