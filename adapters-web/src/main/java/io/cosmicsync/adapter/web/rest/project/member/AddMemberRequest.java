package io.cosmicsync.adapter.web.rest.project.member;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/v1/projects/{id}/members}.
 *
 * @param userId the user to add (UUID), a user of this node
 * @param role   {@code owner}, {@code editor} or {@code viewer}
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record AddMemberRequest(@NotNull String userId, @NotNull String role) {
}
