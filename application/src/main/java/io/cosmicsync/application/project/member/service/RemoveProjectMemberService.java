package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectMember;
import java.util.Optional;

/**
 * Ends a membership. Owners remove anyone; any member may leave (remove themselves), which needs only
 * read access. The last owner cannot go.
 */
public final class RemoveProjectMemberService implements RemoveProjectMemberUseCase {

    private final MemberChanges changes;
    private final SaveProjectMembersPort saveMembers;

    public RemoveProjectMemberService(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers,
                                      SaveProjectMembersPort saveMembers, TransactionPort transactions) {
        this.changes = new MemberChanges(policy, lockMembers, transactions);
        this.saveMembers = saveMembers;
    }

    @Override
    public Outcome<ProjectMember> removeMember(RemoveProjectMemberCommand command) {
        boolean leaving = command.actor().equals(command.userId());
        ProjectAction action = leaving ? ProjectAction.READ : ProjectAction.MANAGE_MEMBERS;
        return changes.run(command.actor(), command.projectId(), action, members -> {
            Optional<ProjectMember> current = members.find(command.userId());
            if (current.isEmpty()) {
                return MemberRefusals.noSuchMember(command.projectId(), command.userId());
            }
            if (members.wouldLoseLastOwner(command.userId(), Optional.empty())) {
                return MemberRefusals.lastOwner("user_id", command.userId());
            }
            saveMembers.deleteMember(command.projectId(), command.userId());
            return Outcome.success(current.get());
        });
    }
}
