package io.cosmicsync.adapter.web.rest.document;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A document as the API shows it.
 *
 * @param id   the document id
 * @param data its fields: resolved values, collaborative texts as strings, a field in conflict under
 *             keep-both as {@code {"$conflict": [...]}}; only the asked-for fields when a projection was given
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record DocumentResponse(String id, JsonNode data) {
}
