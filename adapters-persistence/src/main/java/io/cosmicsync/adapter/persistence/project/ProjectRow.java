package io.cosmicsync.adapter.persistence.project;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code projects}. */
@MappedEntity("projects")
public record ProjectRow(@Id UUID id, String name, String description, UUID creatorId,
                         Instant createdAt, Instant updatedAt) {
}
