package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.GetProjectMemberQuery;
import io.cosmicsync.application.project.member.port.in.GetProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectMember;

/** Reads one membership for any member. */
public final class GetProjectMemberService implements GetProjectMemberUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadProjectMembersPort loadMembers;

    public GetProjectMemberService(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        this.policy = policy;
        this.loadMembers = loadMembers;
    }

    @Override
    public Outcome<ProjectMember> getMember(GetProjectMemberQuery query) {
        AccessDecision access = policy.decide(query.actor(), query.projectId(), ProjectAction.READ);
        if (!access.allowed()) {
            return access.refusal();
        }
        return loadMembers.loadMembers(query.projectId()).stream()
                .filter(member -> member.userId().equals(query.userId()))
                .findFirst()
                .<Outcome<ProjectMember>>map(Outcome::success)
                .orElseGet(() -> MemberRefusals.noSuchMember(query.projectId(), query.userId()));
    }
}
