package io.cosmicsync.adapter.web.rest.project;

import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectPage;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of projects.
 *
 * @param items the projects
 * @param next  pass as {@code cursor} (with the same sort) for the following page; null on the last page
 */
@Serdeable
public record ProjectPageResponse(List<ProjectResponse> items, String next) {

    public static ProjectPageResponse from(ProjectPage page) {
        return new ProjectPageResponse(page.items().stream().map(ProjectResponse::from).toList(),
                page.next().map(ProjectCursor::encode).orElse(null));
    }
}
