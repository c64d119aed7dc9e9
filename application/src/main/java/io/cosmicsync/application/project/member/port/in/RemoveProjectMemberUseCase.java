package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectMember;

/**
 * Removes a member; owners may remove anyone, every member may remove themselves. Success carries the
 * ended membership. Refusals: {@code NotFound} (no such project, the actor is not a member, or
 * {@code userId} is not a member), {@code Forbidden} when a non-owner removes someone else,
 * {@code Conflict} on {@code user_id} when the member is the project's only owner.
 */
public interface RemoveProjectMemberUseCase {

    Outcome<ProjectMember> removeMember(RemoveProjectMemberCommand command);
}
