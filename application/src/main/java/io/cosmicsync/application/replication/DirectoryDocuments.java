package io.cosmicsync.application.replication;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.sync.StandardResolver;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where accounts, projects and memberships live as sync documents, so they replicate like app data
 * (docs/p2p-sync.md, "What replicates"):
 * <ul>
 *   <li>a user: scope {@value #DIRECTORY_SCOPE}, collection {@value #USERS}, id = user id; fields
 *   {@code username}, {@code email}, {@code password_hash}, {@code created_at}, {@code updated_at}
 *   (epoch milliseconds);</li>
 *   <li>a project: scope = project id, collection {@value #PROJECT}, id = project id; fields {@code name},
 *   {@code description}, {@code creator_id}, {@code created_at}, {@code updated_at};</li>
 *   <li>a membership: scope = project id, collection {@value #MEMBERS}, id = user id; fields {@code role}
 *   ({@code owner|editor|viewer}, or {@value #NO_ROLE} once removed — deleting would be final) and
 *   {@code added_at}.</li>
 *   <li>a collection definition: scope = project id, collection {@value #COLLECTIONS}, id = collection name;
 *   one field per schema version, {@code v1}, {@code v2}, ..., each a map of {@code schema},
 *   {@code indexes} (list), {@code conflict_policies} (map of field to resolver), {@code migration} and
 *   {@code created_at}. Versions only get added, so versions replicate as independent fields.</li>
 * </ul>
 * Collection names starting with {@code _} are reserved for these; app collections cannot use them.
 */
public final class DirectoryDocuments {

    public static final String DIRECTORY_SCOPE = "_directory";
    public static final String USERS = "users";
    public static final String PROJECT = "_project";
    public static final String MEMBERS = "_members";
    public static final String COLLECTIONS = "_collections";
    public static final String NO_ROLE = "none";
    static final String VERSION_PREFIX = "v";

    private DirectoryDocuments() {
    }

    public static DocumentRef userRef(UserId id) {
        return new DocumentRef(DIRECTORY_SCOPE, USERS, id.value().toString());
    }

    public static DocumentRef projectRef(ProjectId id) {
        return new DocumentRef(id.value().toString(), PROJECT, id.value().toString());
    }

    public static DocumentRef memberRef(ProjectId project, UserId user) {
        return new DocumentRef(project.value().toString(), MEMBERS, user.value().toString());
    }

    public static DocumentRef collectionRef(ProjectId project, CollectionName name) {
        return new DocumentRef(project.value().toString(), COLLECTIONS, name.value());
    }

    static List<Mutation> collectionFields(Collection collection) {
        return collection.versions().stream().<Mutation>map(v -> new Mutation.SetField(VERSION_PREFIX + v.version(),
                new Value.MapValue(Map.of("schema", Value.of(v.schema()),
                        "indexes", new Value.ListValue(v.indexes().stream().map(f -> Value.of(f.value())).toList()),
                        "conflict_policies", new Value.MapValue(v.conflictPolicies().entrySet().stream().collect(
                                Collectors.toMap(e -> e.getKey().value(), e -> Value.of(SchemaVersion.token(e.getValue()))))),
                        "migration", Value.of(v.migration()),
                        "created_at", Value.of(v.createdAt().toEpochMilli()))))).toList();
    }

    /** The schema version stored in field {@code v<number>}. */
    static SchemaVersion versionFrom(int number, Value.MapValue fields) {
        Map<String, Value> f = fields.entries();
        List<FieldPath> indexes = ((Value.ListValue) f.get("indexes")).values().stream()
                .map(v -> FieldPath.parse("indexes", ((Value.StringValue) v).value())).toList();
        Map<FieldPath, StandardResolver> policies = new LinkedHashMap<>();
        ((Value.MapValue) f.get("conflict_policies")).entries().forEach((field, resolver) -> policies.put(
                FieldPath.parse("conflict_policies", field), SchemaVersion.resolver(field, ((Value.StringValue) resolver).value())));
        return new SchemaVersion(number, ((Value.StringValue) f.get("schema")).value(), indexes, policies,
                ((Value.StringValue) f.get("migration")).value(),
                Instant.ofEpochMilli(((Value.LongValue) f.get("created_at")).value()));
    }

    static List<Mutation> userFields(User user) {
        return List.of(set("username", user.username().value()), set("email", user.email().value()),
                set("password_hash", user.passwordHash().encoded()),
                new Mutation.SetField("created_at", Value.of(user.createdAt().toEpochMilli())),
                new Mutation.SetField("updated_at", Value.of(user.updatedAt().toEpochMilli())));
    }

    static List<Mutation> projectFields(Project project) {
        return List.of(set("name", project.name()), set("description", project.description()),
                set("creator_id", project.creatorId().value().toString()),
                new Mutation.SetField("created_at", Value.of(project.createdAt().toEpochMilli())),
                new Mutation.SetField("updated_at", Value.of(project.updatedAt().toEpochMilli())));
    }

    static List<Mutation> memberFields(ProjectMember member) {
        return List.of(set("role", member.role().token()),
                new Mutation.SetField("added_at", Value.of(member.addedAt().toEpochMilli())));
    }

    static List<Mutation> memberRemoved() {
        return List.of(set("role", NO_ROLE));
    }

    private static Mutation set(String field, String value) {
        return new Mutation.SetField(field, Value.of(value));
    }
}
