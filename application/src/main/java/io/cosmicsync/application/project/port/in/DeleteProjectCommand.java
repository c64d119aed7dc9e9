package io.cosmicsync.application.project.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Delete a project.
 *
 * @param actor     the authenticated caller; must be an owner
 * @param projectId the project
 */
public record DeleteProjectCommand(UserId actor, ProjectId projectId) {

    public DeleteProjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
