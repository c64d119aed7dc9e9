package io.cosmicsync.application.project.access;

import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that decides whether a caller may read, write, manage members of, delete or subscribe to
 * a project. Every use case that touches a project asks it, whichever API (REST, GraphQL, WebSocket) the
 * request came through; adapters never decide access themselves.
 *
 * <p>The decision depends only on the caller's {@link ProjectRole} in the project
 * ({@link ProjectRole#permits}): no membership gives {@link AccessDecision.NotFound} (a non-member must
 * not learn that the project exists), a role without the permission gives {@link AccessDecision.Forbidden}
 * naming the roles that have it. Reads one membership row; no side effects.
 */
public final class ProjectAccessPolicy {

    private final LoadProjectMembersPort members;

    public ProjectAccessPolicy(LoadProjectMembersPort members) {
        this.members = Objects.requireNonNull(members, "members");
    }

    /** Whether {@code caller} may do {@code action} on project {@code projectId}. */
    public AccessDecision decide(UserId caller, ProjectId projectId, ProjectAction action) {
        return decide(projectId, members.loadRole(projectId, caller), action);
    }

    /**
     * The same decision when the project's members are already loaded (a batch read of several projects):
     * the caller's role is taken from {@code members}, which must be all members of {@code projectId}.
     */
    public AccessDecision decide(UserId caller, ProjectId projectId, List<ProjectMember> members,
                                 ProjectAction action) {
        Optional<ProjectRole> role = members.stream().filter(member -> member.userId().equals(caller))
                .map(ProjectMember::role).findFirst();
        return decide(projectId, role, action);
    }

    /** The decision for a caller whose role in {@code projectId} is {@code role} (empty: not a member). */
    static AccessDecision decide(ProjectId projectId, Optional<ProjectRole> role, ProjectAction action) {
        if (role.isEmpty()) {
            return new AccessDecision.NotFound("project " + projectId);
        }
        if (role.get().permits(action)) {
            return new AccessDecision.Allowed(role.get());
        }
        String permitted = ProjectRole.permitting(action).stream().map(ProjectRole::token)
                .map(token -> token + "s").collect(Collectors.joining(" and "));
        return new AccessDecision.Forbidden("a project " + role.get().token() + " may not " + action.phrase()
                + "; only " + permitted + " may");
    }
}
