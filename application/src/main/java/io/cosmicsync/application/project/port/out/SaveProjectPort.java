package io.cosmicsync.application.project.port.out;

import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;

/** Writes projects. */
public interface SaveProjectPort {

    /** Inserts a new project. */
    void insertProject(Project project);

    /** Replaces the stored project with the same id. */
    void updateProject(Project project);

    /** Deletes the project; {@code false} when there was none. */
    boolean deleteProject(ProjectId id);
}
