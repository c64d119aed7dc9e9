package io.cosmicsync.application.project.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Read one project.
 *
 * @param actor     the authenticated caller; must be a member
 * @param projectId the project
 */
public record GetProjectQuery(UserId actor, ProjectId projectId) {

    public GetProjectQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
