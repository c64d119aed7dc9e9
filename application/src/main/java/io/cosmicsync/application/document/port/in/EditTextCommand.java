package io.cosmicsync.application.document.port.in;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Edit a collaborative text field of an existing document with insert/delete operations, applied in order
 * as one change.
 *
 * @param actor      the authenticated caller; an owner or editor
 * @param projectId  the project
 * @param collection the collection's name
 * @param id         the document id
 * @param field      a top-level property the schema declares {@code "x-collaborative": true}
 * @param edits      1 to {@value #MAX_EDITS} edits
 */
public record EditTextCommand(UserId actor, ProjectId projectId, String collection, String id, String field,
                              List<TextEdit> edits) {

    public static final int MAX_EDITS = 1_000;

    public EditTextCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        edits = List.copyOf(edits);
        if (edits.isEmpty() || edits.size() > MAX_EDITS) {
            throw new InvalidValueException("operations", "must hold 1 to " + MAX_EDITS + " operations");
        }
    }
}
