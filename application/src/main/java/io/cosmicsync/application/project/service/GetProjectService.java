package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.port.in.GetProjectUseCase;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;

/** Reads one project by id. */
public final class GetProjectService implements GetProjectUseCase {

    private final LoadProjectPort loadProject;

    public GetProjectService(LoadProjectPort loadProject) {
        this.loadProject = loadProject;
    }

    @Override
    public Outcome<Project> getProject(ProjectId id) {
        return loadProject.loadProject(id).<Outcome<Project>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("project " + id));
    }
}
