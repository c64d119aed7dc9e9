package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.port.in.UpdateProjectCommand;
import io.cosmicsync.application.project.port.in.UpdateProjectUseCase;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import java.time.Clock;

/** Changes a project; only its creator may. */
public final class UpdateProjectService implements UpdateProjectUseCase {

    private final LoadProjectPort loadProject;
    private final SaveProjectPort saveProject;
    private final TransactionPort transactions;
    private final Clock clock;

    public UpdateProjectService(LoadProjectPort loadProject, SaveProjectPort saveProject,
                                TransactionPort transactions, Clock clock) {
        this.loadProject = loadProject;
        this.saveProject = saveProject;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Project> updateProject(UpdateProjectCommand command) {
        return transactions.inTransaction(() -> loadProject.loadProject(command.projectId())
                .map(project -> {
                    if (!project.isCreatedBy(command.actor())) {
                        return Outcome.<Project>forbidden("only the project's creator may change it");
                    }
                    Project updated = project.update(command.name(), command.description(), clock.instant());
                    saveProject.updateProject(updated);
                    return Outcome.success(updated);
                })
                .orElseGet(() -> Outcome.notFound("project " + command.projectId())));
    }
}
