package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectMember;
import java.time.Clock;

/** Creates a project and makes its creator its owner in the same transaction. */
public final class CreateProjectService implements CreateProjectUseCase {

    private final SaveProjectPort saveProject;
    private final SaveProjectMembersPort saveMembers;
    private final TransactionPort transactions;
    private final Clock clock;

    public CreateProjectService(SaveProjectPort saveProject, SaveProjectMembersPort saveMembers,
                                TransactionPort transactions, Clock clock) {
        this.saveProject = saveProject;
        this.saveMembers = saveMembers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Project createProject(CreateProjectCommand command) {
        Project project = Project.create(command.name(), command.description(), command.creator(), clock.instant());
        return transactions.inTransaction(() -> {
            saveProject.insertProject(project);
            saveMembers.insertMember(ProjectMember.creatorOf(project));
            return project;
        });
    }
}
