package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.ProjectId;

/** Deletes a project; only its creator may. */
public final class DeleteProjectService implements DeleteProjectUseCase {

    private final LoadProjectPort loadProject;
    private final SaveProjectPort saveProject;
    private final TransactionPort transactions;

    public DeleteProjectService(LoadProjectPort loadProject, SaveProjectPort saveProject,
                                TransactionPort transactions) {
        this.loadProject = loadProject;
        this.saveProject = saveProject;
        this.transactions = transactions;
    }

    @Override
    public Outcome<ProjectId> deleteProject(DeleteProjectCommand command) {
        return transactions.inTransaction(() -> loadProject.loadProject(command.projectId())
                .map(project -> {
                    if (!project.isCreatedBy(command.actor())) {
                        return Outcome.<ProjectId>forbidden("only the project's creator may delete it");
                    }
                    saveProject.deleteProject(project.id());
                    return Outcome.success(project.id());
                })
                .orElseGet(() -> Outcome.notFound("project " + command.projectId())));
    }
}
