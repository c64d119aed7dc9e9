package io.cosmicsync.adapter.web.rest.collection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /api/v1/projects/{id}/collections/{name}}: the whole next version.
 *
 * @param schema           the new JSON Schema (as for defining)
 * @param indexes          the indexed fields of the new version
 * @param conflictPolicies the resolvers of the new version
 * @param migration        required when the new schema would break documents of the current version: how
 *                         they are carried over (at most 2,000 characters)
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ChangeSchemaRequest(@NotNull JsonNode schema, @Nullable List<String> indexes,
                                  @Nullable Map<String, String> conflictPolicies, @Nullable String migration) {
}
