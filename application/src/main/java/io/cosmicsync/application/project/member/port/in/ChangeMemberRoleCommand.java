package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Give a member another role.
 *
 * @param actor     the authenticated caller; must be an owner
 * @param projectId the project
 * @param userId    the member
 * @param role      the member's new role
 */
public record ChangeMemberRoleCommand(UserId actor, ProjectId projectId, UserId userId, ProjectRole role) {

    public ChangeMemberRoleCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
