package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.project.ProjectPage;

/**
 * Lists projects with filters, a total order and cursor (keyset) pagination.
 * Invalid arguments throw {@code InvalidValueException} naming the parameter.
 */
public interface ListProjectsUseCase {

    ProjectPage listProjects(ListProjectsQuery query);
}
