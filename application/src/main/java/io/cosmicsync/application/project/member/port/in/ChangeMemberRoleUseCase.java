package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectMember;

/**
 * Changes a member's role; success carries the changed membership (unchanged when the role was already
 * that). Refusals: {@code NotFound} (no such project, the actor is not a member, or {@code userId} is
 * not a member), {@code Forbidden} unless the actor is an owner, {@code Conflict} on {@code role} when
 * the member is the project's only owner and would stop being one.
 */
public interface ChangeMemberRoleUseCase {

    Outcome<ProjectMember> changeRole(ChangeMemberRoleCommand command);
}
