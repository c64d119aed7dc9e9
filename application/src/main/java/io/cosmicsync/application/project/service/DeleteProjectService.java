package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;

/** Deletes a project; only owners may. Its memberships go with it (the store cascades). */
public final class DeleteProjectService implements DeleteProjectUseCase {

    private final ProjectAccessPolicy policy;
    private final SaveProjectPort saveProject;
    private final TransactionPort transactions;

    public DeleteProjectService(ProjectAccessPolicy policy, SaveProjectPort saveProject, TransactionPort transactions) {
        this.policy = policy;
        this.saveProject = saveProject;
        this.transactions = transactions;
    }

    @Override
    public Outcome<ProjectId> deleteProject(DeleteProjectCommand command) {
        return transactions.inTransaction(() -> {
            AccessDecision access = policy.decide(command.actor(), command.projectId(), ProjectAction.DELETE);
            if (!access.allowed()) {
                return access.refusal();
            }
            if (!saveProject.deleteProject(command.projectId())) {
                return Outcome.notFound("project " + command.projectId());
            }
            return Outcome.success(command.projectId());
        });
    }
}
