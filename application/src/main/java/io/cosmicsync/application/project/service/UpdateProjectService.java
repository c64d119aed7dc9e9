package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.in.UpdateProjectCommand;
import io.cosmicsync.application.project.port.in.UpdateProjectUseCase;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectAction;
import java.time.Clock;

/** Changes a project; owners and editors may. */
public final class UpdateProjectService implements UpdateProjectUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadProjectPort loadProject;
    private final SaveProjectPort saveProject;
    private final TransactionPort transactions;
    private final Clock clock;

    public UpdateProjectService(ProjectAccessPolicy policy, LoadProjectPort loadProject, SaveProjectPort saveProject,
                                TransactionPort transactions, Clock clock) {
        this.policy = policy;
        this.loadProject = loadProject;
        this.saveProject = saveProject;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Project> updateProject(UpdateProjectCommand command) {
        return transactions.inTransaction(() -> {
            AccessDecision access = policy.decide(command.actor(), command.projectId(), ProjectAction.WRITE);
            if (!access.allowed()) {
                return access.refusal();
            }
            return loadProject.loadProject(command.projectId())
                    .<Outcome<Project>>map(project -> {
                        Project updated = project.update(command.name(), command.description(), clock.instant());
                        saveProject.updateProject(updated);
                        return Outcome.success(updated);
                    })
                    .orElseGet(() -> Outcome.notFound("project " + command.projectId()));
        });
    }
}
