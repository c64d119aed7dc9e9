package io.cosmicsync.application.document.query;

import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a document query selects, checked: the live (not deleted) documents of one collection matching
 * {@code filter}, in {@code sort} order then by id, after {@code cursor}, at most {@code limit}, showing
 * {@code fields} (all when empty).
 *
 * @param projectId  the project (the documents' sync scope)
 * @param collection the collection
 * @param filter     the condition; {@link Filter#NONE} for all
 * @param sort       the sort keys, at most {@link SortKey#MAX_KEYS}
 * @param cursor     the {@code nextCursor} of the previous page, or null for the first page
 * @param limit      1 to {@value #MAX_LIMIT}
 * @param fields     the fields to show, at most {@value #MAX_FIELDS}, distinct; empty for the whole document
 */
public record DocumentSelection(ProjectId projectId, CollectionName collection, Filter filter, List<SortKey> sort,
                                String cursor, int limit, List<FieldPath> fields) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_FIELDS = 32;
    /** Longest cursor accepted, in characters. */
    public static final int MAX_CURSOR = 16_384;

    public DocumentSelection {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(filter, "filter");
        sort = List.copyOf(sort);
        fields = List.copyOf(fields);
        if (sort.size() > SortKey.MAX_KEYS) {
            throw new InvalidValueException("sort", "may name at most " + SortKey.MAX_KEYS + " fields");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (fields.size() > MAX_FIELDS || new HashSet<>(fields).size() != fields.size()) {
            throw new InvalidValueException("fields", "must name at most " + MAX_FIELDS + " distinct fields");
        }
        if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR)) {
            throw new InvalidValueException("cursor", "is not a cursor this query returned; start again without it");
        }
    }
}
