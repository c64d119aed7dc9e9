package io.cosmicsync.application.auth.port.in;

import io.cosmicsync.domain.auth.SessionId;

/** Tells whether an access token's session still stands (exists and is not revoked). */
public interface CheckSessionUseCase {

    boolean isActive(SessionId sessionId);
}
