package io.cosmicsync.application.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaCommand;
import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.collection.port.in.DefineCollectionCommand;
import io.cosmicsync.application.collection.port.in.GetCollectionQuery;
import io.cosmicsync.application.collection.port.in.ListCollectionsQuery;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.collection.service.ChangeCollectionSchemaService;
import io.cosmicsync.application.collection.service.DefineCollectionService;
import io.cosmicsync.application.collection.service.GetCollectionService;
import io.cosmicsync.application.collection.service.ListCollectionsService;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.service.CreateProjectService;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionServicesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    private static final String V1 = "schema-v1";
    private static final String V2_ADDS = "schema-v2-adds-optional";
    private static final String V2_BREAKS = "schema-v2-requires-due";

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final ProjectAccessPolicy policy = new ProjectAccessPolicy(store);
    private final InMemoryCollections collections = new InMemoryCollections();
    private final FakeSchemas schemas = new FakeSchemas()
            .usable(V1, "title", "score", "address", "address.city")
            .usable(V2_ADDS, "title", "score", "address", "address.city", "due")
            .usable(V2_BREAKS, "title", "score", "due")
            .unusable("not-a-schema", "is not JSON")
            .breaks(V1, V2_BREAKS, "property 'address' was removed", "property 'due' became required");
    private final DefineCollectionService define = new DefineCollectionService(policy, collections, schemas,
            transactions, clock, collections);
    private final ChangeCollectionSchemaService change = new ChangeCollectionSchemaService(policy, collections,
            collections, schemas, transactions, clock, collections);
    private final GetCollectionService get = new GetCollectionService(policy, collections);
    private final ListCollectionsService list = new ListCollectionsService(policy, collections);

    private final UserId ada = user("ada");
    private final UserId eddie = user("eddie");
    private final UserId vic = user("vic");
    private final UserId stranger = user("stranger");
    private final ProjectId project = new CreateProjectService(store, store, transactions, clock)
            .createProject(new CreateProjectCommand(ada, "Cosmic", "")).id();

    CollectionServicesTest() {
        store.insertMember(new ProjectMember(project, eddie, ProjectRole.EDITOR, T0));
        store.insertMember(new ProjectMember(project, vic, ProjectRole.VIEWER, T0));
    }

    private UserId user(String name) {
        return UserFixtures.register(store, clock, name, "correct horse battery").id();
    }

    private Outcome<Collection> define(UserId actor, String name, CollectionDefinition definition) {
        return define.defineCollection(new DefineCollectionCommand(actor, project, name, definition));
    }

    private Outcome<Collection> change(UserId actor, String name, CollectionDefinition definition) {
        return change.changeSchema(new ChangeCollectionSchemaCommand(actor, project, name, definition));
    }

    private static CollectionDefinition plain(String schema) {
        return new CollectionDefinition(schema, null, null, null);
    }

    private static <T> T value(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    // --- define

    @Test
    void an_editor_defines_a_collection_with_indexes_and_conflict_policies_as_version_1() {
        Collection tasks = value(define(eddie, "tasks", new CollectionDefinition(V1, List.of("title", "address.city"),
                Map.of("score", "keep_maximum"), null)));

        SchemaVersion v1 = tasks.current();
        assertThat(tasks.name().value()).isEqualTo("tasks");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.schema()).isEqualTo(V1);
        assertThat(v1.indexes()).containsExactly(new FieldPath("title"), new FieldPath("address.city"));
        assertThat(v1.conflictPolicies()).isEqualTo(Map.of(new FieldPath("score"), StandardResolver.KEEP_MAXIMUM));
        assertThat(v1.createdAt()).isEqualTo(T0);
        assertThat(collections.loadCollection(project, tasks.name())).isPresent();
        assertThat(collections.indexes).containsExactly("tasks.address.city", "tasks.title");
    }

    @Test
    void a_new_version_creates_the_indexes_it_adds_and_drops_those_it_no_longer_declares() {
        define(ada, "tasks", new CollectionDefinition(V1, List.of("title", "score"), null, null));

        value(change(eddie, "tasks", new CollectionDefinition(V2_ADDS, List.of("score", "due"), null, null)));

        assertThat(collections.indexes).containsExactly("tasks.due", "tasks.score");
    }

    @Test
    void a_viewer_cannot_define_a_collection_and_a_non_member_hears_the_project_does_not_exist() {
        assertThat(define(vic, "tasks", plain(V1))).isEqualTo(Outcome.forbidden(
                "a project viewer may not change the project; only owners and editors may"));
        assertThat(define(stranger, "tasks", plain(V1))).isEqualTo(Outcome.notFound("project " + project));
        assertThat(collections.writes()).isZero();
    }

    @Test
    void a_second_collection_of_the_same_name_is_a_conflict_on_name() {
        define(ada, "tasks", plain(V1));

        assertThat(define(eddie, "tasks", plain(V2_ADDS))).isInstanceOfSatisfying(Outcome.Conflict.class,
                conflict -> assertThat(conflict.field()).isEqualTo("name"));
        assertThat(value(get.getCollection(new GetCollectionQuery(vic, project, "tasks"))).current().schema())
                .isEqualTo(V1);
    }

    @Test
    void refuses_unusable_definitions_naming_the_field_to_fix() {
        assertRefused(() -> define(ada, "Tasks!", plain(V1)), "name");
        assertRefused(() -> define(ada, "tasks", plain("not-a-schema")), "schema");
        assertRefused(() -> define(ada, "tasks", plain(null)), "schema");
        assertRefused(() -> define(ada, "tasks", plain("x".repeat(70_000))), "schema");
        assertRefused(() -> define(ada, "tasks", new CollectionDefinition(V1, List.of("due"), null, null)), "indexes");
        assertRefused(() -> define(ada, "tasks", new CollectionDefinition(V1, List.of("a..b"), null, null)),
                "indexes");
        assertRefused(() -> define(ada, "tasks", new CollectionDefinition(V1, null, Map.of("score", "highest"),
                null)), "conflict_policies");
        assertRefused(() -> define(ada, "tasks", new CollectionDefinition(V1, null, Map.of("due", "keep_maximum"),
                null)), "conflict_policies");
        assertRefused(() -> define(ada, "tasks", new CollectionDefinition(V1, null, null, "from nothing")),
                "migration");
        assertThat(collections.writes()).isZero();
    }

    @Test
    void the_schema_problems_are_the_reason_given() {
        assertThatThrownBy(() -> define(ada, "tasks", plain("not-a-schema")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo("is not JSON"));
    }

    // --- change

    @Test
    void a_compatible_change_becomes_version_2_and_keeps_version_1() {
        define(ada, "tasks", plain(V1));
        clock.advance(Duration.ofHours(1));

        Collection changed = value(change(eddie, "tasks", new CollectionDefinition(V2_ADDS, List.of("due"), null,
                null)));

        assertThat(changed.versions()).extracting(SchemaVersion::version).containsExactly(1, 2);
        assertThat(changed.current().schema()).isEqualTo(V2_ADDS);
        assertThat(changed.current().createdAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(changed.current().declaresMigration()).isFalse();
        assertThat(collections.loadCollection(project, changed.name()).orElseThrow().versions()).hasSize(2);
    }

    @Test
    void a_breaking_change_without_a_migration_is_refused_with_what_breaks() {
        define(ada, "tasks", plain(V1));

        Outcome<Collection> outcome = change(ada, "tasks", plain(V2_BREAKS));

        assertThat(outcome).isEqualTo(Outcome.conflict("schema", "version 2 would break documents written under "
                + "version 1: property 'address' was removed; property 'due' became required; declare a migration "
                + "to make this change anyway"));
        assertThat(value(get.getCollection(new GetCollectionQuery(ada, project, "tasks"))).versions()).hasSize(1);
    }

    @Test
    void a_breaking_change_that_declares_a_migration_is_accepted_and_keeps_it() {
        define(ada, "tasks", plain(V1));

        Collection changed = value(change(ada, "tasks",
                new CollectionDefinition(V2_BREAKS, null, null, "due := created_at + 7 days; drop address")));

        assertThat(changed.current().migration()).isEqualTo("due := created_at + 7 days; drop address");
    }

    @Test
    void a_viewer_cannot_change_a_schema() {
        define(ada, "tasks", plain(V1));

        assertThat(change(vic, "tasks", plain(V2_ADDS))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(change(stranger, "tasks", plain(V2_ADDS))).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void changing_a_collection_that_does_not_exist_is_not_found() {
        assertThat(change(ada, "notes", plain(V1)))
                .isEqualTo(Outcome.notFound("collection notes in project " + project));
    }

    @Test
    void a_version_added_meanwhile_is_a_conflict_not_an_overwrite() {
        define(ada, "tasks", plain(V1));
        SaveCollectionPort racing = new SaveCollectionPort() {
            @Override
            public boolean insertCollection(Collection collection) {
                return collections.insertCollection(collection);
            }

            /** Someone else's version 2 lands just before ours. */
            @Override
            public boolean appendVersion(ProjectId projectId, io.cosmicsync.domain.collection.CollectionName name,
                                         SchemaVersion version) {
                collections.appendVersion(projectId, name, new SchemaVersion(version.version(), V2_ADDS, List.of(),
                        Map.of(), null, T0));
                return collections.appendVersion(projectId, name, version);
            }
        };
        ChangeCollectionSchemaService racingChange = new ChangeCollectionSchemaService(policy, collections, racing,
                schemas, transactions, clock, collections);

        Outcome<Collection> outcome = racingChange.changeSchema(
                new ChangeCollectionSchemaCommand(ada, project, "tasks", plain(V2_ADDS)));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Conflict.class,
                conflict -> assertThat(conflict.reason()).contains("added meanwhile"));
    }

    // --- read

    @Test
    void every_member_reads_and_lists_collections_by_name() {
        define(ada, "tasks", plain(V1));
        define(eddie, "notes", plain(V1));

        for (UserId member : List.of(ada, eddie, vic)) {
            assertThat(value(list.listCollections(new ListCollectionsQuery(member, project))))
                    .extracting(c -> c.name().value()).containsExactly("notes", "tasks");
            assertThat(value(get.getCollection(new GetCollectionQuery(member, project, "tasks"))).current().schema())
                    .isEqualTo(V1);
        }
    }

    @Test
    void a_non_member_can_neither_list_nor_read_collections() {
        define(ada, "tasks", plain(V1));

        assertThat(list.listCollections(new ListCollectionsQuery(stranger, project))).isInstanceOf(Outcome.NotFound.class);
        assertThat(get.getCollection(new GetCollectionQuery(stranger, project, "tasks")))
                .isEqualTo(Outcome.notFound("project " + project));
        assertThat(get.getCollection(new GetCollectionQuery(ada, project, "notes")))
                .isEqualTo(Outcome.notFound("collection notes in project " + project));
    }
}
