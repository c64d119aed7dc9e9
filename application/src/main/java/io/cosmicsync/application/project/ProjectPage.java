package io.cosmicsync.application.project;

import io.cosmicsync.domain.project.Project;
import java.util.List;
import java.util.Optional;

/**
 * One page of a project list.
 *
 * @param items projects in the requested order, at most the requested limit
 * @param next  the cursor of the following page; empty on the last page
 */
public record ProjectPage(List<Project> items, Optional<ProjectCursor> next) {

    public ProjectPage {
        items = List.copyOf(items);
    }
}
