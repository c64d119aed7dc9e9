package io.cosmicsync.adapter.web.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Tokens in the shape of an OAuth 2.0 token response (RFC 6749 §5.1).
 *
 * @param accessToken  a JWT for {@code Authorization: Bearer}
 * @param tokenType    always {@code Bearer}
 * @param expiresIn    seconds the access token stays valid
 * @param refreshToken single use: {@code POST /api/v1/auth/refresh} returns a new one
 * @param userId       whose tokens these are
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record TokenResponse(String accessToken, String tokenType, int expiresIn, String refreshToken, String userId) {
}
