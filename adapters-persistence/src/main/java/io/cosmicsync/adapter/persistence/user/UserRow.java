package io.cosmicsync.adapter.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code users}. */
@MappedEntity("users")
public record UserRow(@Id UUID id, String username, String email, String passwordHash,
                      Instant createdAt, Instant updatedAt) {
}
