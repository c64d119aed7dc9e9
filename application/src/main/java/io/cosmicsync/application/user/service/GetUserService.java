package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.user.port.in.GetUserUseCase;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;

/** Reads one user by id. */
public final class GetUserService implements GetUserUseCase {

    private final LoadUserPort loadUser;

    public GetUserService(LoadUserPort loadUser) {
        this.loadUser = loadUser;
    }

    @Override
    public Outcome<User> getUser(UserId id) {
        return loadUser.loadUser(id).<Outcome<User>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("user " + id));
    }
}
