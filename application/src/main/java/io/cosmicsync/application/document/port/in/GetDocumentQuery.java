package io.cosmicsync.application.document.port.in;

import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Read one document.
 *
 * @param actor      the authenticated caller; any member
 * @param projectId  the project
 * @param collection the collection's name
 * @param id         the document id
 * @param fields     the fields to show; empty for all
 */
public record GetDocumentQuery(UserId actor, ProjectId projectId, String collection, String id,
                               List<FieldPath> fields) {

    public GetDocumentQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        fields = List.copyOf(fields);
    }
}
