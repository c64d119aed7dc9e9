package io.cosmicsync.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code users} rows; writes go through {@link UserWriter}, which must avoid unique violations. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends GenericRepository<UserRow, UUID> {

    Optional<UserRow> findById(UUID id);

    /** Served by the unique index on {@code lower(username)}. */
    @Query("SELECT * FROM users WHERE lower(username) = lower(:username)")
    Optional<UserRow> findByLowerUsername(String username);

    /** Rows whose id is among {@code ids}, in one statement. */
    List<UserRow> findByIdIn(Collection<UUID> ids);
}
