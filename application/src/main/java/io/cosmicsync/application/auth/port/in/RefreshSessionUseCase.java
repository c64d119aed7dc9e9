package io.cosmicsync.application.auth.port.in;

import io.cosmicsync.application.auth.IssuedSession;
import io.cosmicsync.application.common.Outcome;

/**
 * Renews a session with its current refresh token and rotates the token: the old one stops working.
 * Refusal: {@code Unauthenticated} for an unknown, rotated, expired or revoked token.
 */
public interface RefreshSessionUseCase {

    Outcome<IssuedSession> refreshSession(String refreshToken);
}
