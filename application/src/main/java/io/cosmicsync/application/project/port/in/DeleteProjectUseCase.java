package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectId;

/**
 * Deletes a project with its memberships; only owners may. Refusals: {@code NotFound} (no such project,
 * or the actor is not a member), {@code Forbidden} for editors and viewers. Success carries the deleted
 * project's id.
 */
public interface DeleteProjectUseCase {

    Outcome<ProjectId> deleteProject(DeleteProjectCommand command);
}
