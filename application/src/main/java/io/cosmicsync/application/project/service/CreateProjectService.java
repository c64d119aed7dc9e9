package io.cosmicsync.application.project.service;

import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import java.time.Clock;

/** Creates a project owned by its creator. */
public final class CreateProjectService implements CreateProjectUseCase {

    private final SaveProjectPort saveProject;
    private final Clock clock;

    public CreateProjectService(SaveProjectPort saveProject, Clock clock) {
        this.saveProject = saveProject;
        this.clock = clock;
    }

    @Override
    public Project createProject(CreateProjectCommand command) {
        Project project = Project.create(command.name(), command.description(), command.creator(), clock.instant());
        saveProject.insertProject(project);
        return project;
    }
}
