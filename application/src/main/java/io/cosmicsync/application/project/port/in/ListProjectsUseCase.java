package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.project.ProjectPage;

/**
 * Lists the projects the caller is a member of (any role), with filters, a total order and cursor
 * (keyset) pagination. Invalid arguments throw {@code InvalidValueException} naming the parameter.
 */
public interface ListProjectsUseCase {

    ProjectPage listProjects(ListProjectsQuery query);
}
