package io.cosmicsync.application.auth.port.out;

import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import java.util.Optional;

/** Reads sessions. Called for every authenticated request, so implementations may cache. */
public interface LoadSessionPort {

    /** The session with {@code id}, if any. */
    Optional<Session> loadSession(SessionId id);

    /** The session whose current refresh token hashes to {@code refreshTokenHash}, if any. */
    Optional<Session> loadSessionByRefreshTokenHash(String refreshTokenHash);
}
