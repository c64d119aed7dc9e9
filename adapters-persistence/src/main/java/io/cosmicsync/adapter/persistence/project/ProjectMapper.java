package io.cosmicsync.adapter.persistence.project;

import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;

/** Converts between {@link Project} and {@link ProjectRow}, field for field. */
final class ProjectMapper {

    private ProjectMapper() {
    }

    static Project toDomain(ProjectRow row) {
        return Project.reconstitute(new ProjectId(row.id()), row.name(), row.description(),
                new UserId(row.creatorId()), row.createdAt(), row.updatedAt());
    }

    static ProjectRow toRow(Project project) {
        return new ProjectRow(project.id().value(), project.name(), project.description(),
                project.creatorId().value(), project.createdAt(), project.updatedAt());
    }
}
