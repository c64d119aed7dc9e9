package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectMember;
import java.util.List;

/**
 * Lists a project's members, oldest membership first. Any member may. Refusal: {@code NotFound} when
 * there is no such project or the actor is not a member.
 */
public interface ListProjectMembersUseCase {

    Outcome<List<ProjectMember>> listMembers(ListProjectMembersQuery query);
}
