package io.cosmicsync.adapter.web.security;

import io.cosmicsync.application.auth.port.in.CheckSessionUseCase;
import io.cosmicsync.domain.auth.SessionId;
import io.cosmicsync.domain.common.InvalidValueException;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses a correctly signed, unexpired access token whose session was revoked by logout (or never
 * existed): the request is then unauthenticated (401).
 */
@Singleton
public final class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final CheckSessionUseCase checkSession;

    public ActiveSessionClaimsValidator(CheckSessionUseCase checkSession) {
        this.checkSession = checkSession;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object sid = claims.get(AccessTokens.SESSION_CLAIM);
        if (!(sid instanceof String text)) {
            return false;
        }
        try {
            return checkSession.isActive(SessionId.parse(text));
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
