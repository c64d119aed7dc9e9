package io.cosmicsync.adapter.web.graphql;

import io.cosmicsync.application.project.ProjectPage;
import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Locale;

/**
 * The objects of the GraphQL schema ({@code graphql/cosmicsync.graphqls}) as graphql-java reads them: one
 * record per type, built from a domain object with {@code from}. Relations (a project's members, a member's
 * user) are not fields here: data fetchers resolve them, batched.
 */
public final class GraphqlViews {

    private GraphqlViews() {
    }

    /** {@code User}: the e-mail address only for the user themselves, as in REST. */
    public record UserView(String id, String username, String email, String createdAt, String updatedAt) {

        static UserView from(User user, UserId viewer) {
            String email = user.id().equals(viewer) ? user.email().value() : null;
            return new UserView(user.id().toString(), user.username().value(), email,
                    user.createdAt().toString(), user.updatedAt().toString());
        }
    }

    /** {@code Profile}. */
    public record ProfileView(String userId, String name, String bio, List<String> skills, List<String> interests,
                              String updatedAt) {

        static ProfileView from(Profile profile) {
            return new ProfileView(profile.userId().toString(), profile.name(), profile.bio(), profile.skills(),
                    profile.interests(), profile.updatedAt().toString());
        }
    }

    /** {@code Project}. */
    public record ProjectView(String id, String name, String description, String creatorId, String createdAt,
                              String updatedAt) {

        static ProjectView from(Project project) {
            return new ProjectView(project.id().toString(), project.name(), project.description(),
                    project.creatorId().toString(), project.createdAt().toString(), project.updatedAt().toString());
        }
    }

    /** {@code ProjectPage}. */
    public record ProjectPageView(List<ProjectView> items, String next) {

        static ProjectPageView from(ProjectPage page) {
            return new ProjectPageView(page.items().stream().map(ProjectView::from).toList(),
                    page.next().map(ProjectCursor::encode).orElse(null));
        }
    }

    /** {@code Member}: the role as the schema's enum ({@code OWNER}, {@code EDITOR}, {@code VIEWER}). */
    public record MemberView(String projectId, String userId, String role, String addedAt) {

        static MemberView from(ProjectMember member) {
            return new MemberView(member.projectId().toString(), member.userId().toString(),
                    member.role().token().toUpperCase(Locale.ROOT), member.addedAt().toString());
        }
    }

    /** {@code Collection}: the current version's definition and every version; {@code schema} is a JSON value. */
    public record CollectionView(String projectId, String name, String createdAt, int version, Object schema,
                                 List<String> indexes, List<ConflictPolicyView> conflictPolicies,
                                 List<VersionView> versions) {

        static CollectionView from(Collection collection, JsonScalar json) {
            SchemaVersion current = collection.current();
            List<ConflictPolicyView> policies = current.conflictPolicies().entrySet().stream()
                    .map(e -> new ConflictPolicyView(e.getKey().value(), SchemaVersion.token(e.getValue())))
                    .sorted((a, b) -> a.field().compareTo(b.field())).toList();
            return new CollectionView(collection.projectId().toString(), collection.name().value(),
                    collection.createdAt().toString(), current.version(), json.parse(current.schema()),
                    current.indexes().stream().map(FieldPath::value).toList(), policies,
                    collection.versions().stream().map(v -> new VersionView(v.version(), v.createdAt().toString(),
                            v.migration())).toList());
        }
    }

    /** {@code ConflictPolicy}: a field and its resolver's name. */
    public record ConflictPolicyView(String field, String policy) {
    }

    /** {@code CollectionVersion}. */
    public record VersionView(int version, String createdAt, String migration) {
    }
}
