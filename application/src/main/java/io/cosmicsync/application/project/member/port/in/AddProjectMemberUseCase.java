package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectMember;

/**
 * Adds a member with a role; success carries the new membership. Refusals: {@code NotFound} (no such
 * project, or the actor is not a member), {@code Forbidden} unless the actor is an owner,
 * {@code Conflict} on {@code user_id} when the user already is a member. A {@code userId} that names no
 * user of this node throws {@code InvalidValueException} on {@code user_id}.
 */
public interface AddProjectMemberUseCase {

    Outcome<ProjectMember> addMember(AddProjectMemberCommand command);
}
