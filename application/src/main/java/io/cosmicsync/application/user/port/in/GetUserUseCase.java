package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;

/** Reads one user. Refusal: {@code NotFound}. */
public interface GetUserUseCase {

    Outcome<User> getUser(UserId id);
}
