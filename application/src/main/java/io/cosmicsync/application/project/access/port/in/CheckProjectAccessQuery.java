package io.cosmicsync.application.project.access.port.in;

import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * May {@code actor} do {@code action} on {@code projectId}?
 *
 * @param actor     the authenticated caller
 * @param projectId the project
 * @param action    what the caller wants to do, e.g. {@code SUBSCRIBE} before a live feed opens
 */
public record CheckProjectAccessQuery(UserId actor, ProjectId projectId, ProjectAction action) {

    public CheckProjectAccessQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(action, "action");
    }
}
