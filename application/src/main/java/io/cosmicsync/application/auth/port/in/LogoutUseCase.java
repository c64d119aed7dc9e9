package io.cosmicsync.application.auth.port.in;

import io.cosmicsync.domain.auth.SessionId;

/** Revokes a session: its refresh token and every access token naming it stop working. Idempotent. */
public interface LogoutUseCase {

    void logout(SessionId sessionId);
}
