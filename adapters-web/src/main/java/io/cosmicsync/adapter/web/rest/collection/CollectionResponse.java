package io.cosmicsync.adapter.web.rest.collection;

import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A collection as the API shows it: its current definition and the list of its versions.
 *
 * @param projectId        the project
 * @param name             the collection's name
 * @param createdAt        when version 1 was defined
 * @param version          the current version's number
 * @param schema           the current JSON Schema
 * @param indexes          the current indexed fields
 * @param conflictPolicies the current resolvers by field
 * @param versions         every version, oldest first
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record CollectionResponse(String projectId, String name, Instant createdAt, int version, JsonNode schema,
                                 List<String> indexes, Map<String, String> conflictPolicies,
                                 List<VersionResponse> versions) {

    /**
     * One version in the history.
     *
     * @param version   its number
     * @param createdAt when it was defined
     * @param migration how it carries older documents over; empty for compatible versions
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record VersionResponse(int version, Instant createdAt, String migration) {
    }

    static CollectionResponse from(Collection collection, SchemaJson json) {
        SchemaVersion current = collection.current();
        Map<String, String> policies = new TreeMap<>();
        current.conflictPolicies().forEach((field, resolver) -> policies.put(field.value(), SchemaVersion.token(resolver)));
        return new CollectionResponse(collection.projectId().toString(), collection.name().value(),
                collection.createdAt(), current.version(), json.value(current.schema()),
                current.indexes().stream().map(FieldPath::value).toList(), policies,
                collection.versions().stream()
                        .map(v -> new VersionResponse(v.version(), v.createdAt(), v.migration())).toList());
    }
}
