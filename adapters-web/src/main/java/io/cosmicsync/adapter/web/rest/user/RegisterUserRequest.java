package io.cosmicsync.adapter.web.rest.user;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/users}. Field rules are checked by the domain and reported per field. */
@Serdeable
public record RegisterUserRequest(@NotNull String username, @NotNull String email, @NotNull String password) {

    @Override
    public String toString() {
        return "RegisterUserRequest[username=" + username + ", email=" + email + ", password=redacted]";
    }
}
