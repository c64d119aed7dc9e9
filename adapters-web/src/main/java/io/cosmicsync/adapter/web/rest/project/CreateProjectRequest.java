package io.cosmicsync.adapter.web.rest.project;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/projects}: name 1–100 characters, description at most 2,000. */
@Serdeable
public record CreateProjectRequest(@NotNull String name, String description) {
}
