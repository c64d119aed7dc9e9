package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.user.User;

/**
 * Creates an account with an empty profile, in one transaction.
 *
 * <p>Refusals: {@code Conflict("username" | "email")} when taken. Invalid values throw
 * {@code InvalidValueException}.
 */
public interface RegisterUserUseCase {

    Outcome<User> registerUser(RegisterUserCommand command);
}
