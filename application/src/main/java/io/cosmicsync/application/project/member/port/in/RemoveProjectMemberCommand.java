package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * End a membership.
 *
 * @param actor     the authenticated caller; an owner, or the member themselves (leaving the project)
 * @param projectId the project
 * @param userId    the member to remove
 */
public record RemoveProjectMemberCommand(UserId actor, ProjectId projectId, UserId userId) {

    public RemoveProjectMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
    }
}
