package io.cosmicsync.adapter.persistence.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Access to {@code sessions} rows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SessionRepository extends GenericRepository<SessionRow, UUID> {

    Optional<SessionRow> findById(UUID id);

    Optional<SessionRow> findByRefreshTokenHash(String refreshTokenHash);

    SessionRow save(SessionRow row);

    /** Updates the columns a session changes (rotation, revocation); the number of rows changed. */
    long update(@Id UUID id, String refreshTokenHash, Instant refreshExpiresAt, @Nullable Instant revokedAt);

    /** Replaces the refresh token if it is still {@code previousHash} and the session is live; rows changed. */
    @Query("UPDATE sessions SET refresh_token_hash = :newHash, refresh_expires_at = :refreshExpiresAt "
            + "WHERE id = :id AND refresh_token_hash = :previousHash AND revoked_at IS NULL")
    long rotate(UUID id, String previousHash, String newHash, Instant refreshExpiresAt);
}
