package io.cosmicsync.application.project.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.project.Project;

/** Reads one project; any member may. Refusal: {@code NotFound} when there is none or the actor is not a member. */
public interface GetProjectUseCase {

    Outcome<Project> getProject(GetProjectQuery query);
}
