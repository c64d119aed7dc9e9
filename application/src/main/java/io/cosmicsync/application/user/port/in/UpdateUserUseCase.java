package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.user.User;

/**
 * Changes a user. Refusals: {@code Forbidden} unless the actor is the target, {@code NotFound},
 * {@code Conflict("username" | "email")} when the new value is taken.
 */
public interface UpdateUserUseCase {

    Outcome<User> updateUser(UpdateUserCommand command);
}
