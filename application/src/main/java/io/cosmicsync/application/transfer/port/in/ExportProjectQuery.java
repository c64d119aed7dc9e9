package io.cosmicsync.application.transfer.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/** Export {@code projectId} for {@code actor}. */
public record ExportProjectQuery(UserId actor, ProjectId projectId) {

    public ExportProjectQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
