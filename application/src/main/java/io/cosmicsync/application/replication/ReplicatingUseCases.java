package io.cosmicsync.application.replication;

import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleUseCase;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberUseCase;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.UpdateProjectUseCase;
import io.cosmicsync.application.user.port.in.RegisterUserUseCase;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectMember;

/**
 * Decorators that replicate what a directory use case changed ({@link DirectoryReplicator}) once it
 * succeeded; the decorated use case decides everything else.
 */
public final class ReplicatingUseCases {

    private ReplicatingUseCases() {
    }

    public static DefineCollectionUseCase defineCollection(DefineCollectionUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.defineCollection(command), replicator::collectionSaved);
    }

    public static ChangeCollectionSchemaUseCase changeSchema(ChangeCollectionSchemaUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.changeSchema(command), replicator::collectionSaved);
    }

    public static RegisterUserUseCase registerUser(RegisterUserUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.registerUser(command), replicator::userSaved);
    }

    /** A new project and its creator's ownership. */
    public static CreateProjectUseCase createProject(CreateProjectUseCase inner, DirectoryReplicator replicator) {
        return command -> {
            Project project = inner.createProject(command);
            replicator.projectSaved(project);
            replicator.memberSaved(ProjectMember.creatorOf(project));
            return project;
        };
    }

    public static UpdateProjectUseCase updateProject(UpdateProjectUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.updateProject(command), replicator::projectSaved);
    }

    public static AddProjectMemberUseCase addMember(AddProjectMemberUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.addMember(command), replicator::memberSaved);
    }

    public static ChangeMemberRoleUseCase changeRole(ChangeMemberRoleUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.changeRole(command), replicator::memberSaved);
    }

    public static RemoveProjectMemberUseCase removeMember(RemoveProjectMemberUseCase inner, DirectoryReplicator replicator) {
        return command -> replicator.afterSuccess(inner.removeMember(command), replicator::memberRemoved);
    }
}
