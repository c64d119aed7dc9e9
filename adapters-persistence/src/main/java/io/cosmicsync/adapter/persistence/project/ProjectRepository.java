package io.cosmicsync.adapter.persistence.project;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Single-row access to {@code projects}; listing is {@link ProjectListQuery}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectRepository extends GenericRepository<ProjectRow, UUID> {

    Optional<ProjectRow> findById(UUID id);

    ProjectRow save(ProjectRow row);

    /** Updates the mutable columns; the number of rows changed (0 or 1). */
    long update(@Id UUID id, String name, String description, Instant updatedAt);

    /** The number of rows deleted (0 or 1). */
    long deleteById(UUID id);
}
