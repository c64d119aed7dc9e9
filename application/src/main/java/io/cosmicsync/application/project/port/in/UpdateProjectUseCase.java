package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.Project;

/** Changes a project. Refusals: {@code NotFound}, {@code Forbidden} unless the actor created it. */
public interface UpdateProjectUseCase {

    Outcome<Project> updateProject(UpdateProjectCommand command);
}
