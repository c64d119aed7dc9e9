package io.cosmicsync.application.document.port.in;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Create, replace or merge-patch a document.
 *
 * @param actor      the authenticated caller; an owner or editor of the project
 * @param projectId  the project
 * @param collection the collection's name
 * @param id         the document id; null on {@link WriteMode#CREATE} for a new random UUID
 * @param fields     the document's top-level fields (or the patch, for {@link WriteMode#MERGE})
 * @param mode       how the fields meet the stored document
 */
public record WriteDocumentCommand(UserId actor, ProjectId projectId, String collection, String id,
                                   Map<String, Value> fields, WriteMode mode) {

    public WriteDocumentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(mode, "mode");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
