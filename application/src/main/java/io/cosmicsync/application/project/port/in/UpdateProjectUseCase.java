package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.Project;

/**
 * Changes a project; owners and editors may. Refusals: {@code NotFound} (no such project, or the actor
 * is not a member), {@code Forbidden} for a viewer.
 */
public interface UpdateProjectUseCase {

    Outcome<Project> updateProject(UpdateProjectCommand command);
}
