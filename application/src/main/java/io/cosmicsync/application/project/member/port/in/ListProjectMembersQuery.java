package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * List a project's members.
 *
 * @param actor     the authenticated caller; must be a member
 * @param projectId the project
 */
public record ListProjectMembersQuery(UserId actor, ProjectId projectId) {

    public ListProjectMembersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
