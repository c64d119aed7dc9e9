package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.ProjectId;

/**
 * Deletes a project. Refusals: {@code NotFound}, {@code Forbidden} unless the actor created it.
 * Success carries the deleted project's id.
 */
public interface DeleteProjectUseCase {

    Outcome<ProjectId> deleteProject(DeleteProjectCommand command);
}
