package io.cosmicsync.adapter.web.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A user as the API shows it: never the password or its hash, and the e-mail address only to its
 * owner (null, so left out, for everyone else).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserResponse(String id, String username, String email, Instant createdAt, Instant updatedAt) {

    /** {@code user} as seen by {@code viewer}. */
    public static UserResponse from(User user, UserId viewer) {
        String email = user.id().equals(viewer) ? user.email().value() : null;
        return new UserResponse(user.id().toString(), user.username().value(), email,
                user.createdAt(), user.updatedAt());
    }
}
