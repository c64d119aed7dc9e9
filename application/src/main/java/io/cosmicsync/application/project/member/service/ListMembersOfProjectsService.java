package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsQuery;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsUseCase;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the members of all requested projects at once and lets the access policy decide each project
 * from the loaded memberships (the caller's role is among them), so no second query per project.
 */
public final class ListMembersOfProjectsService implements ListMembersOfProjectsUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadProjectMembersPort loadMembers;

    public ListMembersOfProjectsService(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.loadMembers = Objects.requireNonNull(loadMembers, "loadMembers");
    }

    @Override
    public Map<ProjectId, Outcome<List<ProjectMember>>> listMembersOfProjects(ListMembersOfProjectsQuery query) {
        Map<ProjectId, Outcome<List<ProjectMember>>> outcomes = new LinkedHashMap<>();
        if (query.projectIds().isEmpty()) {
            return outcomes;
        }
        Map<ProjectId, List<ProjectMember>> loaded = loadMembers.loadMembersOf(query.projectIds());
        for (ProjectId projectId : query.projectIds()) {
            List<ProjectMember> members = loaded.getOrDefault(projectId, List.of());
            AccessDecision access = policy.decide(query.actor(), projectId, members, ProjectAction.READ);
            outcomes.put(projectId, access.allowed() ? Outcome.success(members) : access.refusal());
        }
        return outcomes;
    }
}
