package io.cosmicsync.adapter.persistence.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CollectionPersistenceAdapterTest extends PostgresTest {

    private static final String SCHEMA = "{ \"type\": \"object\", \"properties\": {\"title\": {}, \"score\": {}} }";

    @Inject
    LoadCollectionPort loadCollection;
    @Inject
    SaveCollectionPort saveCollection;
    @Inject
    SaveProjectPort saveProject;
    @Inject
    TransactionPort transactions;
    @Inject
    LoadConflictPolicyPort conflictPolicies;

    private ProjectId project;
    private Instant t0;

    @BeforeEach
    void aProject() {
        t0 = TestData.now();
        Project stored = Project.create("Orbit", "", UserId.random(), t0);
        saveProject.insertProject(stored);
        project = stored.id();
    }

    private SchemaVersion version(int number, String migration) {
        return new SchemaVersion(number, SCHEMA, List.of(new FieldPath("title"), new FieldPath("score")),
                Map.of(new FieldPath("score"), StandardResolver.KEEP_MAXIMUM, new FieldPath("title"),
                        StandardResolver.KEEP_BOTH), migration, t0.plusSeconds(number));
    }

    private boolean insert(Collection collection) {
        return transactions.inTransaction(() -> saveCollection.insertCollection(collection));
    }

    @Test
    void stores_a_collection_and_reads_back_every_field_of_its_version() {
        Collection tasks = Collection.create(project, new CollectionName("tasks"), version(1, null));

        assertThat(insert(tasks)).isTrue();

        Collection loaded = loadCollection.loadCollection(project, new CollectionName("tasks")).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(tasks);
        assertThat(loaded.current().schema()).isEqualTo(SCHEMA);
    }

    @Test
    void appends_versions_and_refuses_a_taken_version_number() {
        insert(Collection.create(project, new CollectionName("tasks"), version(1, null)));

        assertThat(saveCollection.appendVersion(project, new CollectionName("tasks"), version(2, "rename"))).isTrue();
        assertThat(saveCollection.appendVersion(project, new CollectionName("tasks"), version(2, "again"))).isFalse();

        Collection loaded = loadCollection.loadCollection(project, new CollectionName("tasks")).orElseThrow();
        assertThat(loaded.versions()).extracting(SchemaVersion::version).containsExactly(1, 2);
        assertThat(loaded.current().migration()).isEqualTo("rename");
    }

    @Test
    void a_name_is_taken_once_per_project() {
        Collection tasks = Collection.create(project, new CollectionName("tasks"), version(1, null));
        insert(tasks);

        assertThat(insert(tasks)).isFalse();
        assertThat(loadCollection.loadCollections(project)).hasSize(1);
    }

    @Test
    void lists_a_projects_collections_by_name_and_nothing_of_other_projects() {
        insert(Collection.create(project, new CollectionName("tasks"), version(1, null)));
        insert(Collection.create(project, new CollectionName("notes"), version(1, null)));

        assertThat(loadCollection.loadCollections(project)).extracting(c -> c.name().value())
                .containsExactly("notes", "tasks");
        assertThat(loadCollection.loadCollections(ProjectId.random())).isEmpty();
        assertThat(loadCollection.loadCollection(project, new CollectionName("nope"))).isEmpty();
    }

    @Test
    void deleting_the_project_deletes_its_collections() {
        insert(Collection.create(project, new CollectionName("tasks"), version(1, null)));

        saveProject.deleteProject(project);

        assertThat(loadCollection.loadCollections(project)).isEmpty();
    }

    @Test
    void the_sync_core_resolves_conflicts_with_the_current_versions_policies() {
        insert(Collection.create(project, new CollectionName("tasks"), version(1, null)));
        saveCollection.appendVersion(project, new CollectionName("tasks"), new SchemaVersion(2, SCHEMA, List.of(),
                Map.of(new FieldPath("title"), StandardResolver.UNION_OF_SETS), "", t0.plusSeconds(9)));
        insert(Collection.create(project, new CollectionName("notes"), new SchemaVersion(1, SCHEMA, List.of(),
                Map.of(), null, t0)));

        var tasks = conflictPolicies.loadConflictPolicy(project.toString(), "tasks");
        var notes = conflictPolicies.loadConflictPolicy(project.toString(), "notes");

        assertThat(tasks.resolverFor("title")).isEqualTo(StandardResolver.UNION_OF_SETS);
        assertThat(tasks.resolverFor("score")).isEqualTo(StandardResolver.LAST_WRITER_WINS);
        assertThat(notes.resolverFor("title")).isEqualTo(StandardResolver.LAST_WRITER_WINS);
        assertThat(conflictPolicies.loadConflictPolicy(project.toString(), "nope").byField()).isEmpty();
        assertThat(conflictPolicies.loadConflictPolicy("not-a-project", "tasks").byField()).isEmpty();
    }

    @Test
    void a_policy_looked_up_before_a_new_version_is_not_used_after_it() {
        CollectionName tasks = new CollectionName("tasks");
        assertThat(conflictPolicies.loadConflictPolicy(project.toString(), "tasks").byField()).isEmpty();
        insert(Collection.create(project, tasks, version(1, null)));
        assertThat(conflictPolicies.loadConflictPolicy(project.toString(), "tasks").resolverFor("score"))
                .isEqualTo(StandardResolver.KEEP_MAXIMUM);

        transactions.inTransaction(() -> saveCollection.appendVersion(project, tasks, new SchemaVersion(2, SCHEMA, List.of(),
                Map.of(new FieldPath("score"), StandardResolver.LAST_WRITER_WINS), "", t0.plusSeconds(9))));

        assertThat(conflictPolicies.loadConflictPolicy(project.toString(), "tasks").resolverFor("score"))
                .isEqualTo(StandardResolver.LAST_WRITER_WINS);
    }

    @Test
    void a_collection_of_an_unknown_project_is_a_storage_failure() {
        assertThatThrownBy(() -> insert(Collection.create(ProjectId.random(), new CollectionName("tasks"),
                version(1, null)))).isInstanceOf(StorageException.class);
    }
}
