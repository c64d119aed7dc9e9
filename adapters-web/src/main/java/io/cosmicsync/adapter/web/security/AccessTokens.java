package io.cosmicsync.adapter.web.security;

import io.cosmicsync.application.auth.IssuedSession;
import io.cosmicsync.application.user.port.in.CheckNodeAdminUseCase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Mints signed JWT access tokens (RFC 7519, HS256 by default) for a session: {@code sub} is the user
 * id, {@code sid} the session id, {@code exp} {@link #lifetimeSeconds()} after issue, {@code roles}
 * {@code ["NODE_ADMIN"]} for node administrators (else empty), read when the token is minted: a grant or
 * revocation reaches the next token (at most one access-token lifetime later).
 */
@Singleton
public final class AccessTokens {

    /** The claim naming the session; logout revokes every token that carries it. */
    public static final String SESSION_CLAIM = "sid";

    /** The role of node administrators. */
    public static final String NODE_ADMIN = "NODE_ADMIN";

    private final TokenGenerator tokenGenerator;
    private final CheckNodeAdminUseCase checkNodeAdmin;
    private final int lifetimeSeconds;

    public AccessTokens(TokenGenerator tokenGenerator, AccessTokenConfiguration configuration,
                        CheckNodeAdminUseCase checkNodeAdmin) {
        this.tokenGenerator = tokenGenerator;
        this.checkNodeAdmin = checkNodeAdmin;
        this.lifetimeSeconds = configuration.getExpiration();
    }

    /** A new access token for {@code issued}'s user and session. */
    public String mint(IssuedSession issued) {
        List<String> roles = checkNodeAdmin.isNodeAdmin(issued.session().userId()) ? List.of(NODE_ADMIN) : List.of();
        Authentication authentication = Authentication.build(issued.session().userId().toString(), roles,
                Map.of(SESSION_CLAIM, issued.session().id().toString()));
        return tokenGenerator.generateToken(authentication, lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured"));
    }

    /** Seconds an access token stays valid. */
    public int lifetimeSeconds() {
        return lifetimeSeconds;
    }
}
