package io.cosmicsync.application.project.port.out;

import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import java.util.Optional;

/** Reads one project from storage. */
public interface LoadProjectPort {

    Optional<Project> loadProject(ProjectId id);
}
