package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Make a user a member of a project.
 *
 * @param actor     the authenticated caller; must be an owner
 * @param projectId the project
 * @param userId    the user to add, a user of this node
 * @param role      the new member's role
 */
public record AddProjectMemberCommand(UserId actor, ProjectId projectId, UserId userId, ProjectRole role) {

    public AddProjectMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
