package io.cosmicsync.adapter.web.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/auth/login}. */
@Serdeable
public record LoginRequest(@NotNull String username, @NotNull String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=redacted]";
    }
}
