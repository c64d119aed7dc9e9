package io.cosmicsync.application.project.member.port.out;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.user.UserId;

/**
 * Writes project memberships. The project and the user must exist; the store refuses a membership of
 * an unknown user or project with a failure (callers check first).
 */
public interface SaveProjectMembersPort {

    /** Adds a membership; {@code false} (and nothing changed) when the user already is a member. */
    boolean insertMember(ProjectMember member);

    /** Replaces the role of an existing membership; {@code false} when there is no such membership. */
    boolean updateMember(ProjectMember member);

    /** Ends a membership; {@code false} when there was none. */
    boolean deleteMember(ProjectId projectId, UserId userId);
}
