package io.cosmicsync.adapter.web.rest.project;

import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/v1/projects/{id}}: fields left out keep their value. */
@Serdeable
public record UpdateProjectRequest(String name, String description) {
}
