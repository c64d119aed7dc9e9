package io.cosmicsync.adapter.web.rest.user;

import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/v1/users/{id}}: fields left out (or null) keep their value. */
@Serdeable
public record UpdateUserRequest(String username, String email, String password) {

    @Override
    public String toString() {
        return "UpdateUserRequest[username=" + username + ", email=" + email + ", password="
                + (password == null ? "unchanged" : "redacted") + "]";
    }
}
