package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;

/** Reads one project. Refusal: {@code NotFound}. */
public interface GetProjectUseCase {

    Outcome<Project> getProject(ProjectId id);
}
