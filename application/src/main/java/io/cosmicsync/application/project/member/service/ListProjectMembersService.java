package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersQuery;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersUseCase;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectMember;
import java.util.List;

/** Lists a project's members for any member. */
public final class ListProjectMembersService implements ListProjectMembersUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadProjectMembersPort loadMembers;

    public ListProjectMembersService(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        this.policy = policy;
        this.loadMembers = loadMembers;
    }

    @Override
    public Outcome<List<ProjectMember>> listMembers(ListProjectMembersQuery query) {
        AccessDecision access = policy.decide(query.actor(), query.projectId(), ProjectAction.READ);
        if (!access.allowed()) {
            return access.refusal();
        }
        return Outcome.success(loadMembers.loadMembers(query.projectId()));
    }
}
