package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessUseCase;
import io.cosmicsync.application.project.access.service.CheckProjectAccessService;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleUseCase;
import io.cosmicsync.application.project.member.port.in.GetProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersUseCase;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.project.member.service.AddProjectMemberService;
import io.cosmicsync.application.project.member.service.ChangeMemberRoleService;
import io.cosmicsync.application.project.member.service.GetProjectMemberService;
import io.cosmicsync.application.project.member.service.ListProjectMembersService;
import io.cosmicsync.application.project.member.service.RemoveProjectMemberService;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.replication.DirectoryReplicator;
import io.cosmicsync.application.replication.ReplicatingUseCases;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the project access policy (one per node) and the membership use cases around it. */
@Factory
public class ProjectAccessFactory {

    @Singleton
    ProjectAccessPolicy projectAccessPolicy(LoadProjectMembersPort loadMembers) {
        return new ProjectAccessPolicy(loadMembers);
    }

    @Singleton
    CheckProjectAccessUseCase checkProjectAccess(ProjectAccessPolicy policy) {
        return new CheckProjectAccessService(policy);
    }

    @Singleton
    ListProjectMembersUseCase listProjectMembers(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        return new ListProjectMembersService(policy, loadMembers);
    }

    @Singleton
    GetProjectMemberUseCase getProjectMember(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        return new GetProjectMemberService(policy, loadMembers);
    }

    @Singleton
    AddProjectMemberUseCase addProjectMember(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers,
                                             SaveProjectMembersPort saveMembers, LoadUserPort loadUser,
                                             TransactionPort transactions, Clock clock, DirectoryReplicator replicator) {
        return ReplicatingUseCases.addMember(new AddProjectMemberService(policy, lockMembers, saveMembers, loadUser, transactions, clock),
                replicator);
    }

    @Singleton
    ChangeMemberRoleUseCase changeMemberRole(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers,
                                             SaveProjectMembersPort saveMembers, TransactionPort transactions,
                                             DirectoryReplicator replicator) {
        return ReplicatingUseCases.changeRole(new ChangeMemberRoleService(policy, lockMembers, saveMembers, transactions), replicator);
    }

    @Singleton
    RemoveProjectMemberUseCase removeProjectMember(ProjectAccessPolicy policy, LockProjectMembersPort lockMembers,
                                                   SaveProjectMembersPort saveMembers,
                                                   TransactionPort transactions, DirectoryReplicator replicator) {
        return ReplicatingUseCases.removeMember(new RemoveProjectMemberService(policy, lockMembers, saveMembers, transactions),
                replicator);
    }
}
