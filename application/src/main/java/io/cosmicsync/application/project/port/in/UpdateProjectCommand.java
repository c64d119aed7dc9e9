package io.cosmicsync.application.project.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Change a project's name and/or description; null fields stay as they are.
 *
 * @param actor       the authenticated caller; must be an owner or editor
 * @param projectId   the project
 * @param name        1–100 characters, or null
 * @param description at most 2,000 characters, or null
 */
public record UpdateProjectCommand(UserId actor, ProjectId projectId, String name, String description) {

    public UpdateProjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
