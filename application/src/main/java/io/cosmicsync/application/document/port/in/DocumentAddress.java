package io.cosmicsync.application.document.port.in;

import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.DocumentRef;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a document lives, as an API names it: project, collection and document id. An id is 1 to 128
 * characters: an ASCII letter or digit, then letters, digits, {@code -}, {@code _}, {@code .} or {@code :}
 * (a UUID fits). Its sync address ({@link #ref()}) has the project id as scope.
 *
 * @param projectId  the project
 * @param collection the collection
 * @param id         the document id
 */
public record DocumentAddress(ProjectId projectId, CollectionName collection, String id) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public DocumentAddress {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(collection, "collection");
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidValueException("id", "must be 1 to 128 characters: a letter or digit, then letters, "
                    + "digits, -, _, . or : (a UUID fits)");
        }
    }

    /** The address from an API's strings; {@link InvalidValueException} on {@code name} or {@code id} when malformed. */
    public static DocumentAddress of(ProjectId projectId, String collection, String id) {
        return new DocumentAddress(projectId, new CollectionName(collection), id);
    }

    /** The sync core's address: scope = the project id, then collection name and id. */
    public DocumentRef ref() {
        return new DocumentRef(projectId.toString(), collection.value(), id);
    }
}
