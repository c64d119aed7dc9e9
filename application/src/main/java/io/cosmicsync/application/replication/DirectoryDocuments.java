package io.cosmicsync.application.replication;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import java.util.List;

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
 * </ul>
 * Collection names starting with {@code _} are reserved for these; app collections cannot use them.
 */
public final class DirectoryDocuments {

    public static final String DIRECTORY_SCOPE = "_directory";
    public static final String USERS = "users";
    public static final String PROJECT = "_project";
    public static final String MEMBERS = "_members";
    public static final String NO_ROLE = "none";

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
