package io.cosmicsync.adapter.web.rest.project.member;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code PUT /api/v1/projects/{id}/members/{user_id}}.
 *
 * @param role the member's new role: {@code owner}, {@code editor} or {@code viewer}
 */
@Serdeable
public record ChangeRoleRequest(@NotNull String role) {
}
