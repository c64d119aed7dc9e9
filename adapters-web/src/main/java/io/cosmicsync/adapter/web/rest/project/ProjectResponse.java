package io.cosmicsync.adapter.web.rest.project;

import io.cosmicsync.domain.project.Project;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/** A project as the API shows it. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ProjectResponse(String id, String name, String description, String creatorId, Instant createdAt,
                              Instant updatedAt) {

    public static ProjectResponse from(Project project) {
        return new ProjectResponse(project.id().toString(), project.name(), project.description(),
                project.creatorId().toString(), project.createdAt(), project.updatedAt());
    }
}
