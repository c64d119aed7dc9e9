package io.cosmicsync.adapter.persistence.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code sessions}; {@code revokedAt} is null while the session is active. */
@MappedEntity("sessions")
public record SessionRow(@Id UUID id, UUID userId, String refreshTokenHash, Instant createdAt,
                         Instant refreshExpiresAt, @Nullable Instant revokedAt) {
}
