package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsUseCase;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.application.project.member.service.ListMembersOfProjectsService;
import io.cosmicsync.application.user.port.in.GetProfilesUseCase;
import io.cosmicsync.application.user.port.in.GetUsersUseCase;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.service.GetProfilesService;
import io.cosmicsync.application.user.service.GetUsersService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds the batch-read use cases that GraphQL's data loaders call: one storage round trip per batch. */
@Factory
public class BatchReadFactory {

    @Singleton
    GetUsersUseCase getUsers(LoadUserPort loadUser) {
        return new GetUsersService(loadUser);
    }

    @Singleton
    GetProfilesUseCase getProfiles(LoadProfilePort loadProfile) {
        return new GetProfilesService(loadProfile);
    }

    @Singleton
    ListMembersOfProjectsUseCase listMembersOfProjects(ProjectAccessPolicy policy, LoadProjectMembersPort loadMembers) {
        return new ListMembersOfProjectsService(policy, loadMembers);
    }
}
