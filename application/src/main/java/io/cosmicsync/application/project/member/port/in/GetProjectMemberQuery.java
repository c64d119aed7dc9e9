package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Read one membership.
 *
 * @param actor     the authenticated caller; must be a member
 * @param projectId the project
 * @param userId    the member asked about
 */
public record GetProjectMemberQuery(UserId actor, ProjectId projectId, UserId userId) {

    public GetProjectMemberQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
    }
}
