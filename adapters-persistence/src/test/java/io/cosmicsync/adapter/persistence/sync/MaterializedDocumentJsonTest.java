package io.cosmicsync.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MaterializedDocumentJsonTest extends SyncPostgresTest {
    private static final DocumentRef PLAN = new DocumentRef("project-1", "notes", "n1");
    private static final DocumentRef OTHER = new DocumentRef("project-1", "notes", "n2");

    private boolean jsonEquals(DocumentRef ref, String expected) {
        return Boolean.parseBoolean(strings("SELECT (data = CAST(? AS jsonb))::text FROM sync_documents WHERE doc_id = ?", expected, ref.id()).get(0));
    }

    @Test
    void the_materialized_json_is_what_reads_show_and_sql_can_query_it() {
        PostgresSyncNode a = node("peer-a");
        a.edit(PLAN, new Mutation.SetField("title", Value.of("Plan")), new Mutation.IncrementCounter("votes", 2),
                new Mutation.InsertText("body", 0, "héllo 🌍"), new Mutation.InsertListItems("tags", 0, List.of(Value.of("x"), Value.of(2))),
                new Mutation.SetField("meta", new Value.MapValue(Map.of("done", new Value.BooleanValue(true), "ratio", new Value.DoubleValue(0.5)))));
        a.edit(OTHER, new Mutation.SetField("title", Value.of("Other")));

        assertThat(jsonEquals(PLAN, """
                {"title": "Plan", "votes": 2, "body": "héllo 🌍", "tags": ["x", 2], "meta": {"done": true, "ratio": 0.5}}""")).isTrue();
        assertThat(a.view(PLAN).texts()).containsEntry("body", "héllo 🌍");
        assertThat(strings("SELECT doc_id FROM sync_documents WHERE data->>'title' = ?", "Plan")).containsExactly("n1");
        assertThat(strings("SELECT doc_id FROM sync_documents WHERE data @> CAST(? AS jsonb)", "{\"votes\": 2}")).containsExactly("n1");
        assertThat(strings("SELECT doc_id FROM sync_documents WHERE data->'tags' ?? 'x'")).containsExactly("n1");
        assertThat(strings("SELECT doc_id FROM sync_documents WHERE (data->'meta'->>'done')::boolean ORDER BY doc_id")).containsExactly("n1");
    }

    @Test
    void later_edits_rewrite_the_json_and_a_deleted_document_is_an_empty_object_with_its_tombstone_flag() {
        PostgresSyncNode a = node("peer-a");
        a.edit(PLAN, new Mutation.SetField("title", Value.of("Plan")));
        a.edit(PLAN, new Mutation.SetField("title", Value.of("Plan 2")), new Mutation.RemoveField("missing"));
        a.edit(OTHER, new Mutation.SetField("title", Value.of("Other")));
        a.edit(OTHER, new Mutation.DeleteDocument());

        assertThat(strings("SELECT doc_id FROM sync_documents WHERE data->>'title' = ?", "Plan 2")).containsExactly("n1");
        assertThat(strings("SELECT doc_id FROM sync_documents WHERE data->>'title' = ?", "Plan")).isEmpty();
        assertThat(jsonEquals(OTHER, "{}")).isTrue();
        assertThat(strings("SELECT doc_id FROM sync_documents WHERE deleted")).containsExactly("n2");
        assertThat(a.log.heads()).hasSize(1);
    }

    @Test
    void concurrent_writes_kept_by_a_keep_both_policy_show_as_a_conflict_object() {
        PostgresSyncNode a = node("peer-a");
        a.policies.register("notes", new ConflictPolicy(Map.of("title", StandardResolver.KEEP_BOTH), StandardResolver.LAST_WRITER_WINS));
        long now = System.currentTimeMillis();
        Change fromB = remoteChange(Document.create(PLAN), new PeerId("peer-b"), new Hlc(now, 0), Set.of(),
                d -> new Operation.SetField(PLAN, "title", Value.of("B"), Set.of()));
        Change fromC = remoteChange(Document.create(PLAN), new PeerId("peer-c"), new Hlc(now, 1), Set.of(),
                d -> new Operation.SetField(PLAN, "title", Value.of("C"), Set.of()));

        a.receive(fromB, fromC);

        assertThat(jsonEquals(PLAN, "{\"title\": {\"$conflict\": [\"B\", \"C\"]}}")).isTrue();
    }

    @Test
    void documents_of_two_collections_saved_together_each_follow_their_own_collection_s_policy() {
        PostgresSyncNode a = node("peer-a");
        a.policies.register("notes", new ConflictPolicy(Map.of("title", StandardResolver.KEEP_BOTH), StandardResolver.LAST_WRITER_WINS));
        DocumentRef task = new DocumentRef("project-1", "tasks", "t1");
        long now = System.currentTimeMillis();
        PeerId b = new PeerId("peer-b");
        PeerId c = new PeerId("peer-c");

        a.receive(
                remoteChange(Document.create(PLAN), b, new Hlc(now, 0), Set.of(), d -> new Operation.SetField(PLAN, "title", Value.of("B"), Set.of())),
                remoteChange(Document.create(PLAN), c, new Hlc(now, 1), Set.of(), d -> new Operation.SetField(PLAN, "title", Value.of("C"), Set.of())),
                remoteChange(Document.create(task), b, new Hlc(now, 2), Set.of(), d -> new Operation.SetField(task, "title", Value.of("B"), Set.of())),
                remoteChange(Document.create(task), c, new Hlc(now, 3), Set.of(), d -> new Operation.SetField(task, "title", Value.of("C"), Set.of())));

        assertThat(jsonEquals(PLAN, "{\"title\": {\"$conflict\": [\"B\", \"C\"]}}")).isTrue();
        assertThat(jsonEquals(task, "{\"title\": \"C\"}")).isTrue();
    }

    @Test
    void a_nul_character_which_jsonb_cannot_hold_shows_as_a_replacement_character_and_stays_in_the_state() {
        PostgresSyncNode a = node("peer-a");

        a.edit(PLAN, new Mutation.SetField("title", Value.of("a\u0000b")), new Mutation.SetField("quote\"\\\n", Value.of("\u0001")));

        assertThat(strings("SELECT data->>'title' FROM sync_documents")).containsExactly("a\uFFFDb");
        assertThat(strings("SELECT data->>? FROM sync_documents", "quote\"\\\n")).containsExactly("\u0001");
        assertThat(a.view(PLAN).fields().get("title")).isEqualTo(new io.cosmicsync.domain.sync.Resolution.Resolved(Value.of("a\u0000b")));
    }
}
