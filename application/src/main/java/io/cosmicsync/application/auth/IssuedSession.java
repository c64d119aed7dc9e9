package io.cosmicsync.application.auth;

import io.cosmicsync.domain.auth.RefreshToken;
import io.cosmicsync.domain.auth.Session;
import java.util.Objects;

/**
 * A session just started or renewed, with the refresh token the client must keep. The token exists
 * in clear only here; the store holds its hash.
 */
public record IssuedSession(Session session, RefreshToken refreshToken) {

    public IssuedSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }
}
