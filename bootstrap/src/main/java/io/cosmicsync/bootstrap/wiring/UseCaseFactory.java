package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.auth.SessionSettings;
import io.cosmicsync.application.auth.port.in.CheckSessionUseCase;
import io.cosmicsync.application.auth.port.in.LoginUseCase;
import io.cosmicsync.application.auth.port.in.LogoutUseCase;
import io.cosmicsync.application.auth.port.in.RefreshSessionUseCase;
import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.application.auth.service.CheckSessionService;
import io.cosmicsync.application.auth.service.LoginService;
import io.cosmicsync.application.auth.service.LogoutService;
import io.cosmicsync.application.auth.service.RefreshSessionService;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.node.NodeRuntime;
import io.cosmicsync.application.node.port.in.GetNodeStatusUseCase;
import io.cosmicsync.application.node.port.out.LoadNetworkSnapshotPort;
import io.cosmicsync.application.node.port.out.LoadNodeIdPort;
import io.cosmicsync.application.node.service.GetNodeStatusService;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.project.port.in.GetProjectUseCase;
import io.cosmicsync.application.project.port.in.ListProjectsUseCase;
import io.cosmicsync.application.project.port.in.UpdateProjectUseCase;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.application.project.service.CreateProjectService;
import io.cosmicsync.application.project.service.DeleteProjectService;
import io.cosmicsync.application.project.service.GetProjectService;
import io.cosmicsync.application.project.service.ListProjectsService;
import io.cosmicsync.application.project.service.UpdateProjectService;
import io.cosmicsync.application.user.port.in.GetProfileUseCase;
import io.cosmicsync.application.user.port.in.GetUserUseCase;
import io.cosmicsync.application.user.port.in.RegisterUserUseCase;
import io.cosmicsync.application.user.port.in.UpdateProfileUseCase;
import io.cosmicsync.application.user.port.in.UpdateUserUseCase;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.application.user.service.GetProfileService;
import io.cosmicsync.application.user.service.GetUserService;
import io.cosmicsync.application.user.service.RegisterUserService;
import io.cosmicsync.application.user.service.UpdateProfileService;
import io.cosmicsync.application.user.service.UpdateUserService;
import io.cosmicsync.domain.user.port.HashPasswordPort;
import io.cosmicsync.application.replication.DirectoryReplicator;
import io.cosmicsync.application.replication.ReplicatingUseCases;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Builds the use-case services, which carry no framework annotations, from the adapters' port beans. */
@Factory
public class UseCaseFactory {

    /** UTC, ticking in microseconds: the precision PostgreSQL keeps, so what is returned equals what is read. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    SessionSettings sessionSettings(@Value("${cosmicsync.auth.refresh-lifetime:30d}") Duration refreshLifetime) {
        return new SessionSettings(refreshLifetime);
    }

    /** Created with the context (not on the first status request), so uptime counts from start-up. */
    @Context
    NodeRuntime nodeRuntime(Clock clock) {
        return new NodeRuntime(Versions.current(), clock.instant());
    }

    @Singleton
    RegisterUserUseCase registerUser(SaveUserPort saveUser, SaveProfilePort saveProfile, HashPasswordPort hash,
                                     TransactionPort transactions, Clock clock, DirectoryReplicator replicator) {
        return ReplicatingUseCases.registerUser(new RegisterUserService(saveUser, saveProfile, hash, transactions, clock), replicator);
    }

    @Singleton
    GetUserUseCase getUser(LoadUserPort loadUser) {
        return new GetUserService(loadUser);
    }

    @Singleton
    UpdateUserUseCase updateUser(LoadUserPort loadUser, SaveUserPort saveUser, HashPasswordPort hash,
                                 TransactionPort transactions, Clock clock) {
        return new UpdateUserService(loadUser, saveUser, hash, transactions, clock);
    }

    @Singleton
    GetProfileUseCase getProfile(LoadProfilePort loadProfile) {
        return new GetProfileService(loadProfile);
    }

    @Singleton
    UpdateProfileUseCase updateProfile(LoadProfilePort loadProfile, SaveProfilePort saveProfile,
                                       TransactionPort transactions, Clock clock) {
        return new UpdateProfileService(loadProfile, saveProfile, transactions, clock);
    }

    @Singleton
    CreateProjectUseCase createProject(SaveProjectPort saveProject, SaveProjectMembersPort saveMembers,
                                       TransactionPort transactions, Clock clock, DirectoryReplicator replicator) {
        return ReplicatingUseCases.createProject(new CreateProjectService(saveProject, saveMembers, transactions, clock), replicator);
    }

    @Singleton
    GetProjectUseCase getProject(ProjectAccessPolicy policy, LoadProjectPort loadProject) {
        return new GetProjectService(policy, loadProject);
    }

    @Singleton
    UpdateProjectUseCase updateProject(ProjectAccessPolicy policy, LoadProjectPort loadProject,
                                       SaveProjectPort saveProject, TransactionPort transactions, Clock clock,
                                       DirectoryReplicator replicator) {
        return ReplicatingUseCases.updateProject(new UpdateProjectService(policy, loadProject, saveProject, transactions, clock),
                replicator);
    }

    @Singleton
    DeleteProjectUseCase deleteProject(ProjectAccessPolicy policy, SaveProjectPort saveProject,
                                       TransactionPort transactions) {
        return new DeleteProjectService(policy, saveProject, transactions);
    }

    @Singleton
    ListProjectsUseCase listProjects(ListProjectsPort listProjects) {
        return new ListProjectsService(listProjects);
    }

    @Singleton
    LoginUseCase login(LoadUserPort loadUser, SaveSessionPort saveSession, HashPasswordPort hash,
                       SessionSettings settings, Clock clock) {
        return new LoginService(loadUser, saveSession, hash, settings, clock);
    }

    @Singleton
    RefreshSessionUseCase refreshSession(LoadSessionPort loadSession, SaveSessionPort saveSession,
                                         TransactionPort transactions, SessionSettings settings, Clock clock) {
        return new RefreshSessionService(loadSession, saveSession, transactions, settings, clock);
    }

    @Singleton
    LogoutUseCase logout(LoadSessionPort loadSession, SaveSessionPort saveSession, TransactionPort transactions,
                         Clock clock) {
        return new LogoutService(loadSession, saveSession, transactions, clock);
    }

    @Singleton
    CheckSessionUseCase checkSession(LoadSessionPort loadSession) {
        return new CheckSessionService(loadSession);
    }

    @Singleton
    GetNodeStatusUseCase getNodeStatus(LoadNodeIdPort loadNodeId, NodeRuntime runtime,
                                       LoadNetworkSnapshotPort loadNetwork, Clock clock) {
        return new GetNodeStatusService(loadNodeId, runtime, loadNetwork, clock);
    }
}
