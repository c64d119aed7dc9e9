package io.cosmicsync.application.project.service;

import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectPage;
import io.cosmicsync.application.project.ProjectSort;
import io.cosmicsync.application.project.port.in.ListProjectsQuery;
import io.cosmicsync.application.project.port.in.ListProjectsUseCase;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.common.Texts;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Validates a list query and pages through the caller's projects (those they are a member of) with one
 * extra row to know if more follow.
 */
public final class ListProjectsService implements ListProjectsUseCase {

    private static final int MAX_FILTER_LENGTH = 100;

    private final ListProjectsPort listProjects;

    public ListProjectsService(ListProjectsPort listProjects) {
        this.listProjects = listProjects;
    }

    @Override
    public ProjectPage listProjects(ListProjectsQuery query) {
        int limit = limit(query.limit());
        ProjectSort sort = ProjectSort.parse(query.sort());
        UserId creator = query.creatorId() == null ? null : creator(query.creatorId());
        String nameContains = nameFilter(query.nameContains());
        ProjectCursor after = query.cursor() == null || query.cursor().isEmpty()
                ? null : ProjectCursor.decode(query.cursor(), sort);

        List<Project> rows = listProjects.listProjects(
                new ListProjectsPort.Criteria(query.actor(), creator, nameContains, sort, after, limit + 1));
        if (rows.size() <= limit) {
            return new ProjectPage(rows, Optional.empty());
        }
        List<Project> page = rows.subList(0, limit);
        return new ProjectPage(page, Optional.of(ProjectCursor.after(page.get(limit - 1), sort)));
    }

    private static int limit(Integer requested) {
        if (requested == null) {
            return ListProjectsQuery.DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > ListProjectsQuery.MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + ListProjectsQuery.MAX_LIMIT);
        }
        return requested;
    }

    private static UserId creator(String text) {
        try {
            return UserId.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("creator", e.reason());
        }
    }

    private static String nameFilter(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (Texts.length(text) > MAX_FILTER_LENGTH) {
            throw new InvalidValueException("name_contains", "must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return Texts.requirePrintable("name_contains", text);
    }
}
