package io.cosmicsync.application.project.member.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectId;
import java.util.List;
import java.util.Map;
import io.cosmicsync.domain.project.ProjectMember;

/**
 * {@link ListProjectMembersUseCase} for many projects in one storage round trip, for adapters that
 * resolve the members of a whole list of projects together (GraphQL's batched loading). Every requested
 * project is a key; its outcome is exactly what {@link ListProjectMembersUseCase} answers for it (the
 * same access policy decides): the members, oldest first, or {@code NotFound}.
 */
public interface ListMembersOfProjectsUseCase {

    Map<ProjectId, Outcome<List<ProjectMember>>> listMembersOfProjects(ListMembersOfProjectsQuery query);
}
