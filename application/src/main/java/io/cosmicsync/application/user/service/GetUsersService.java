package io.cosmicsync.application.user.service;

import io.cosmicsync.application.user.port.in.GetUsersUseCase;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads many users by id in one call to {@link LoadUserPort#loadUsers}. */
public final class GetUsersService implements GetUsersUseCase {

    private final LoadUserPort loadUser;

    public GetUsersService(LoadUserPort loadUser) {
        this.loadUser = Objects.requireNonNull(loadUser, "loadUser");
    }

    @Override
    public Map<UserId, User> getUsers(Set<UserId> ids) {
        return ids.isEmpty() ? Map.of() : loadUser.loadUsers(ids);
    }
}
