package io.cosmicsync.application.project.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.in.GetProjectQuery;
import io.cosmicsync.application.project.port.in.GetProjectUseCase;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectAction;

/** Reads one project for a member. */
public final class GetProjectService implements GetProjectUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadProjectPort loadProject;

    public GetProjectService(ProjectAccessPolicy policy, LoadProjectPort loadProject) {
        this.policy = policy;
        this.loadProject = loadProject;
    }

    @Override
    public Outcome<Project> getProject(GetProjectQuery query) {
        AccessDecision access = policy.decide(query.actor(), query.projectId(), ProjectAction.READ);
        if (!access.allowed()) {
            return access.refusal();
        }
        return loadProject.loadProject(query.projectId()).<Outcome<Project>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("project " + query.projectId()));
    }
}
