package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsQuery;
import io.cosmicsync.application.project.member.port.in.ListMembersOfProjectsUseCase;
import io.cosmicsync.application.user.port.in.GetProfilesUseCase;
import io.cosmicsync.application.user.port.in.GetUsersUseCase;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * The data loaders of one GraphQL operation: fields that name the same kind of thing for many parents
 * (the user of every member, the members of every project) are collected per level of the query and
 * fetched with one use-case call, so a list of N projects with their members and users costs three
 * calls, not 1 + N + N·M. Each operation gets its own registry (caches never outlive a request).
 */
@Singleton
public class BatchLoaders {

    /** Users by id: {@link User}, absent when there is no such user. */
    static final String USERS = "users";
    /** Profiles by user id: {@link Profile}. */
    static final String PROFILES = "profiles";
    /** Members by project id: {@code Outcome<List<ProjectMember>>} as the access policy decided for the caller. */
    static final String MEMBERS = "members";

    private final GetUsersUseCase getUsers;
    private final GetProfilesUseCase getProfiles;
    private final ListMembersOfProjectsUseCase listMembers;

    /** Creates the loaders' factory over the batch-read use cases. */
    public BatchLoaders(GetUsersUseCase getUsers, GetProfilesUseCase getProfiles,
                        ListMembersOfProjectsUseCase listMembers) {
        this.getUsers = getUsers;
        this.getProfiles = getProfiles;
        this.listMembers = listMembers;
    }

    /** A fresh registry for one operation by {@code caller} (empty: anonymous, who may load no members). */
    DataLoaderRegistry registry(Optional<UserId> caller) {
        DataLoader<UserId, User> users = DataLoaderFactory.newMappedDataLoader(
                ids -> CompletableFuture.completedFuture(getUsers.getUsers(ids)));
        DataLoader<UserId, Profile> profiles = DataLoaderFactory.newMappedDataLoader(
                ids -> CompletableFuture.completedFuture(getProfiles.getProfiles(ids)));
        DataLoader<ProjectId, Outcome<List<ProjectMember>>> members = DataLoaderFactory.newMappedDataLoader(
                ids -> CompletableFuture.completedFuture(listMembers.listMembersOfProjects(
                        new ListMembersOfProjectsQuery(caller.orElseThrow(GraphqlRefusal::unauthenticated), ids))));
        return DataLoaderRegistry.newRegistry().register(USERS, users).register(PROFILES, profiles)
                .register(MEMBERS, members).build();
    }
}
