package io.cosmicsync.adapter.web.rest.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * A document query in a request body (the same as the query-string form of {@code GET .../documents}).
 *
 * @param filter the JSON filter (docs/documents.md); absent for all documents
 * @param sort   sort keys, e.g. {@code ["-score", "title"]}; a leading {@code -} for descending
 * @param limit  page size, 1 to 500, default 50
 * @param cursor the {@code next_cursor} of the previous page
 * @param fields the fields to show; absent for all
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record QueryRequest(@Nullable JsonNode filter, @Nullable List<String> sort, @Nullable Integer limit,
                           @Nullable String cursor, @Nullable List<String> fields) {
}
