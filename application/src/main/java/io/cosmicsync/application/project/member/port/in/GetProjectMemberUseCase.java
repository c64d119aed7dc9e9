package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectMember;

/**
 * Reads one membership. Any member may. Refusal: {@code NotFound} when there is no such project, the
 * actor is not a member, or {@code userId} is not a member.
 */
public interface GetProjectMemberUseCase {

    Outcome<ProjectMember> getMember(GetProjectMemberQuery query);
}
