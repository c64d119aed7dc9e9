package io.cosmicsync.application.auth.port.out;

import io.cosmicsync.domain.auth.Session;

/** Writes sessions. A revocation must be visible to {@link LoadSessionPort} as soon as this returns. */
public interface SaveSessionPort {

    void insertSession(Session session);

    void updateSession(Session session);

    /**
     * Stores {@code rotated}'s refresh token only if the stored session still has
     * {@code previousRefreshTokenHash} and is not revoked: of two refreshes racing with the same token,
     * or a refresh racing a logout, exactly one wins.
     *
     * @return whether this rotation won
     */
    boolean rotateSession(Session rotated, String previousRefreshTokenHash);
}
