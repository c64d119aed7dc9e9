package io.cosmicsync.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.replication.port.out.SaveReplicatedDirectoryPort;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DirectoryProjectionTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private final User ada = User.reconstitute(new UserId(UUID.randomUUID()), new Username("ada"), new Email("ada@example.org"),
            new PasswordHash("$argon2id$v=19$hash"), T, T);
    private final Project garden = Project.reconstitute(new ProjectId(UUID.randomUUID()), "Garden", "Beds", ada.id(), T, T);
    private final Map<DocumentRef, DocumentView> views = new HashMap<>();
    private final List<String> written = new ArrayList<>();
    private final Map<String, Collection> collections = new LinkedHashMap<>();
    private final DirectoryProjection projection = new DirectoryProjection(
            command -> Optional.ofNullable(views.get(command.document())), new RecordingDirectory(),
            new CollectionProjection(new Collections(), new Collections(), new NoIndexes()));

    @Test
    void a_remote_commit_writes_users_then_projects_then_memberships_into_the_tables() {
        DocumentRef member = viewOf(DirectoryDocuments.memberRef(garden.id(), ada.id()),
                DirectoryDocuments.memberFields(ProjectMember.creatorOf(garden)));
        DocumentRef project = viewOf(DirectoryDocuments.projectRef(garden.id()), DirectoryDocuments.projectFields(garden));
        DocumentRef user = viewOf(DirectoryDocuments.userRef(ada.id()), DirectoryDocuments.userFields(ada));

        projection.changesCommitted(remote(member, project, user));

        assertThat(written).containsExactly("user ada " + ada.passwordHash().encoded(), "project Garden by " + ada.id().value(),
                "member " + ada.id().value() + " owner");
    }

    @Test
    void a_local_commit_writes_the_record_as_resolved_so_a_peer_value_projected_before_it_does_not_stay() {
        Project theirs = Project.reconstitute(garden.id(), "Garden 2026", "Plan the beds", ada.id(), T, T);
        DocumentRef project = viewOf(DirectoryDocuments.projectRef(garden.id()), DirectoryDocuments.projectFields(theirs));
        projection.changesCommitted(remote(project));
        viewOf(project, DirectoryDocuments.projectFields(garden));

        projection.changesCommitted(new CommittedChanges(List.of(change(project)), CommittedChanges.Origin.LOCAL));

        assertThat(written).containsExactly("project Garden 2026 by " + ada.id().value(), "project Garden by " + ada.id().value());
    }

    @Test
    void a_membership_without_a_role_is_removed() {
        DocumentRef member = viewOf(DirectoryDocuments.memberRef(garden.id(), ada.id()), DirectoryDocuments.memberRemoved());

        projection.changesCommitted(remote(member));

        assertThat(written).containsExactly("removed " + ada.id().value());
    }

    @Test
    void a_record_with_an_unreadable_field_is_skipped_and_the_others_still_apply() {
        DocumentRef broken = new DocumentRef(DirectoryDocuments.DIRECTORY_SCOPE, DirectoryDocuments.USERS, UUID.randomUUID().toString());
        views.put(broken, new DocumentView(broken, false, Map.of("username", new Resolution.Resolved(Value.of(42L))),
                Map.of(), Map.of(), Map.of()));
        DocumentRef project = viewOf(DirectoryDocuments.projectRef(garden.id()), DirectoryDocuments.projectFields(garden));

        projection.changesCommitted(remote(broken, project));

        assertThat(written).containsExactly("project Garden by " + ada.id().value());
    }

    @Test
    void a_collection_definition_arrives_with_its_versions_and_later_versions_are_appended() {
        SchemaVersion v1 = new SchemaVersion(1, "{\"type\":\"object\"}", List.of(FieldPath.parse("indexes", "title")),
                Map.of(FieldPath.parse("conflict_policies", "stars"), StandardResolver.KEEP_MAXIMUM), "", T);
        SchemaVersion v2 = new SchemaVersion(2, "{\"type\":\"object\",\"properties\":{}}", List.of(), Map.of(), "renamed", T);
        CollectionName notes = new CollectionName("notes");
        DocumentRef ref = DirectoryDocuments.collectionRef(garden.id(), notes);

        viewOf(ref, DirectoryDocuments.collectionFields(Collection.reconstitute(garden.id(), notes, List.of(v1))));
        projection.changesCommitted(remote(ref));
        viewOf(ref, DirectoryDocuments.collectionFields(Collection.reconstitute(garden.id(), notes, List.of(v1, v2))));
        projection.changesCommitted(remote(ref));

        assertThat(collections.get("notes").versions()).containsExactly(v1, v2);
    }

    private DocumentRef viewOf(DocumentRef ref, List<Mutation> fields) {
        Map<String, Resolution> resolved = new HashMap<>();
        for (Mutation m : fields) {
            Mutation.SetField set = (Mutation.SetField) m;
            resolved.put(set.field(), new Resolution.Resolved(set.value()));
        }
        views.put(ref, new DocumentView(ref, false, resolved, Map.of(), Map.of(), Map.of()));
        return ref;
    }

    private static Change change(DocumentRef ref) {
        return Change.create(new PeerId("peer-b"), new Hlc(1, 0), Set.of(), List.of(new Operation.SetField(ref, "x", Value.of(1L), Set.of())));
    }

    private static CommittedChanges remote(DocumentRef... refs) {
        return new CommittedChanges(java.util.Arrays.stream(refs).map(DirectoryProjectionTest::change).toList(),
                CommittedChanges.Origin.REMOTE);
    }

    private final class RecordingDirectory implements SaveReplicatedDirectoryPort {
        @Override
        public boolean upsertUser(User user) {
            written.add("user " + user.username().value() + " " + user.passwordHash().encoded());
            return true;
        }

        @Override
        public void upsertProject(Project project) {
            written.add("project " + project.name() + " by " + project.creatorId().value());
        }

        @Override
        public boolean upsertMember(ProjectMember member) {
            written.add("member " + member.userId().value() + " " + member.role().token());
            return true;
        }

        @Override
        public void removeMember(ProjectId project, UserId user) {
            written.add("removed " + user.value());
        }
    }

    private final class Collections implements LoadCollectionPort, SaveCollectionPort {
        @Override
        public Optional<Collection> loadCollection(ProjectId projectId, CollectionName name) {
            return Optional.ofNullable(collections.get(name.value()));
        }

        @Override
        public List<Collection> loadCollections(ProjectId projectId) {
            return List.copyOf(collections.values());
        }

        @Override
        public boolean insertCollection(Collection collection) {
            return collections.putIfAbsent(collection.name().value(), collection) == null;
        }

        @Override
        public boolean appendVersion(ProjectId projectId, CollectionName name, SchemaVersion version) {
            collections.put(name.value(), collections.get(name.value()).withVersion(version));
            return true;
        }
    }

    private static final class NoIndexes implements DocumentIndexesPort {
        @Override
        public void createIndexes(ProjectId projectId, CollectionName name, List<FieldPath> fields) {
        }

        @Override
        public void dropIndexes(ProjectId projectId, CollectionName name, List<FieldPath> fields) {
        }
    }
}
