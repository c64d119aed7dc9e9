package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleCommand;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleUseCase;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectMember;
import java.util.Optional;

/** Changes a member's role; only owners may, and the last owner stays an owner. */
public final class ChangeMemberRoleService implements ChangeMemberRoleUseCase {

    private final MemberChanges changes;
    private final SaveProjectMembersPort saveMembers;

    public ChangeMemberRoleService(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers,
                                   SaveProjectMembersPort saveMembers, TransactionPort transactions) {
        this.changes = new MemberChanges(policy, lockMembers, transactions);
        this.saveMembers = saveMembers;
    }

    @Override
    public Outcome<ProjectMember> changeRole(ChangeMemberRoleCommand command) {
        return changes.run(command.actor(), command.projectId(), ProjectAction.MANAGE_MEMBERS, members -> {
            Optional<ProjectMember> current = members.find(command.userId());
            if (current.isEmpty()) {
                return MemberRefusals.noSuchMember(command.projectId(), command.userId());
            }
            if (current.get().role() == command.role()) {
                return Outcome.success(current.get());
            }
            if (members.wouldLoseLastOwner(command.userId(), Optional.of(command.role()))) {
                return MemberRefusals.lastOwner("role", command.userId());
            }
            ProjectMember changed = current.get().withRole(command.role());
            if (!saveMembers.updateMember(changed)) {
                throw new IllegalStateException("member " + changed.userId() + " vanished while the members were locked");
            }
            return Outcome.success(changed);
        });
    }
}
