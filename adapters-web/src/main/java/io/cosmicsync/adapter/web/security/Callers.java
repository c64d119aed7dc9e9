package io.cosmicsync.adapter.web.security;

import io.cosmicsync.domain.auth.SessionId;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;

/** Reads who is calling from an authenticated request's {@link Authentication}. */
public final class Callers {

    private Callers() {
    }

    /** The calling user: the token's {@code sub}. */
    public static UserId userId(Authentication authentication) {
        return UserId.parse(authentication.getName());
    }

    /** The calling session: the token's {@code sid}. */
    public static SessionId sessionId(Authentication authentication) {
        return SessionId.parse(String.valueOf(authentication.getAttributes().get(AccessTokens.SESSION_CLAIM)));
    }
}
