package io.cosmicsync.application.project.port.in;

import io.cosmicsync.domain.project.Project;

/**
 * Creates a project and makes its creator its owner, in one transaction. Invalid values throw
 * {@code InvalidValueException}.
 */
public interface CreateProjectUseCase {

    Project createProject(CreateProjectCommand command);
}
