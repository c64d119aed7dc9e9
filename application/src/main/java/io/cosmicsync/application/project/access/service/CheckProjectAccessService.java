package io.cosmicsync.application.project.access.service;

import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessQuery;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessUseCase;

/** Answers access questions with the {@link ProjectAccessPolicy}. */
public final class CheckProjectAccessService implements CheckProjectAccessUseCase {

    private final ProjectAccessPolicy policy;

    public CheckProjectAccessService(ProjectAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public AccessDecision checkAccess(CheckProjectAccessQuery query) {
        return policy.decide(query.actor(), query.projectId(), query.action());
    }
}
