package io.cosmicsync.adapter.web.rest.collection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/projects/{id}/collections}.
 *
 * @param name             1–63 characters: a lower-case letter, then lower-case letters, digits or {@code _}
 * @param schema           a JSON Schema (draft 2020-12) object with {@code "type": "object"}, self-contained
 * @param indexes          field paths to index (declared by the schema), e.g. {@code ["title", "address.city"]}
 * @param conflictPolicies field path to resolver: {@code last_writer_wins}, {@code keep_maximum},
 *                         {@code union_of_sets} or {@code keep_both}; other fields use last-writer-wins
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record DefineCollectionRequest(@NotNull String name, @NotNull JsonNode schema, @Nullable List<String> indexes,
                                      @Nullable Map<String, String> conflictPolicies) {
}
