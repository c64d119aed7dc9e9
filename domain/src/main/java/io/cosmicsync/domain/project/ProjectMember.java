package io.cosmicsync.domain.project;

import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership in a project: who, in which role, since when.
 *
 * @param projectId the project
 * @param userId    the member, a user of this node
 * @param role      what the member may do
 * @param addedAt   when the user became a member; kept when the role changes
 */
public record ProjectMember(ProjectId projectId, UserId userId, ProjectRole role, Instant addedAt) {

    public ProjectMember {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** The owner membership a project's creator gets when the project is created. */
    public static ProjectMember creatorOf(Project project) {
        return new ProjectMember(project.id(), project.creatorId(), ProjectRole.OWNER, project.createdAt());
    }

    /** This membership with another role, same member and start. */
    public ProjectMember withRole(ProjectRole newRole) {
        return new ProjectMember(projectId, userId, newRole, addedAt);
    }

    /** Whether this member is an owner. */
    public boolean isOwner() {
        return role == ProjectRole.OWNER;
    }
}
