package io.cosmicsync.application.auth.port.in;

import io.cosmicsync.application.auth.IssuedSession;
import io.cosmicsync.application.common.Outcome;

/**
 * Checks a password and starts a session. Refusal: {@code Unauthenticated}, the same for an unknown
 * user and a wrong password, and taking the same time (a password is hashed either way).
 */
public interface LoginUseCase {

    Outcome<IssuedSession> login(LoginCommand command);
}
