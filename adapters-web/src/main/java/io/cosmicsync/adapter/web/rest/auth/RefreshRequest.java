package io.cosmicsync.adapter.web.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/auth/refresh}: the refresh token from login or the last refresh. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RefreshRequest(@NotNull String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[redacted]";
    }
}
