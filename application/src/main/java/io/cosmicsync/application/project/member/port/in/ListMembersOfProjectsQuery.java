package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * List the members of several projects at once.
 *
 * @param actor      the authenticated caller; sees the members of the projects they are a member of
 * @param projectIds the projects
 */
public record ListMembersOfProjectsQuery(UserId actor, Set<ProjectId> projectIds) {

    public ListMembersOfProjectsQuery {
        Objects.requireNonNull(actor, "actor");
        projectIds = Set.copyOf(projectIds);
    }
}
