package io.cosmicsync.domain.auth;

import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login session: what a refresh token renews and what logout revokes.
 *
 * <p>Access tokens name their session ({@code sid}); once the session is revoked every access token
 * of it is refused, not only the one presented at logout. Refreshing rotates the refresh token: the
 * old one stops working.
 *
 * @param id               the session id
 * @param userId           whose session it is
 * @param refreshTokenHash SHA-256 hex of the current refresh token ({@link RefreshToken#hash()})
 * @param createdAt        login time
 * @param refreshExpiresAt after this instant the refresh token no longer renews the session
 * @param revokedAt        when logout revoked it, or {@code null} while active
 */
public record Session(SessionId id, UserId userId, String refreshTokenHash, Instant createdAt,
                      Instant refreshExpiresAt, Instant revokedAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt");
    }

    /** A new session for {@code userId} whose refresh token lives {@code refreshLifetime}. */
    public static Session start(UserId userId, RefreshToken refreshToken, Instant now, Duration refreshLifetime) {
        return new Session(SessionId.random(), userId, refreshToken.hash(), now, now.plus(refreshLifetime), null);
    }

    /** Whether logout has revoked this session. */
    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether {@code token} renews this session at {@code now}: not revoked, not expired, the current token. */
    public boolean acceptsRefresh(RefreshToken token, Instant now) {
        return !isRevoked() && now.isBefore(refreshExpiresAt) && refreshTokenHash.equals(token.hash());
    }

    /** This session with {@code next} as its refresh token, valid for {@code refreshLifetime} from {@code now}. */
    public Session rotate(RefreshToken next, Instant now, Duration refreshLifetime) {
        return new Session(id, userId, next.hash(), createdAt, now.plus(refreshLifetime), revokedAt);
    }

    /** This session revoked at {@code now} (unchanged when already revoked). */
    public Session revoke(Instant now) {
        return isRevoked() ? this : new Session(id, userId, refreshTokenHash, createdAt, refreshExpiresAt, now);
    }
}
