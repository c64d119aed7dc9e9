package io.cosmicsync.application.document.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Delete a document (a tombstone: final, its id is never reused).
 *
 * @param actor      the authenticated caller; an owner or editor
 * @param projectId  the project
 * @param collection the collection's name
 * @param id         the document id
 */
public record DeleteDocumentCommand(UserId actor, ProjectId projectId, String collection, String id) {

    public DeleteDocumentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}
