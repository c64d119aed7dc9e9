package io.cosmicsync.application.project.member.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectMember;
import java.time.Clock;

/** Adds a user to a project in a role; only owners may. */
public final class AddProjectMemberService implements AddProjectMemberUseCase {

    private final MemberChanges changes;
    private final SaveProjectMembersPort saveMembers;
    private final LoadUserPort loadUser;
    private final Clock clock;

    public AddProjectMemberService(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers,
                                   SaveProjectMembersPort saveMembers, LoadUserPort loadUser,
                                   TransactionPort transactions, Clock clock) {
        this.changes = new MemberChanges(policy, lockMembers, transactions);
        this.saveMembers = saveMembers;
        this.loadUser = loadUser;
        this.clock = clock;
    }

    @Override
    public Outcome<ProjectMember> addMember(AddProjectMemberCommand command) {
        return changes.run(command.actor(), command.projectId(), ProjectAction.MANAGE_MEMBERS, members -> {
            var existing = members.find(command.userId());
            if (existing.isPresent()) {
                return alreadyMember(existing.get());
            }
            if (loadUser.loadUser(command.userId()).isEmpty()) {
                throw new InvalidValueException("user_id", "names no user of this node");
            }
            ProjectMember member = new ProjectMember(command.projectId(), command.userId(), command.role(),
                    clock.instant());
            if (!saveMembers.insertMember(member)) {
                throw new IllegalStateException("member " + member.userId() + " appeared while the members were locked");
            }
            return Outcome.success(member);
        });
    }

    private static Outcome<ProjectMember> alreadyMember(ProjectMember existing) {
        return Outcome.conflict("user_id", "user " + existing.userId() + " is already a member (role "
                + existing.role().token() + "); change their role instead");
    }
}
