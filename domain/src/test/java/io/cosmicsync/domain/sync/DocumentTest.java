package io.cosmicsync.domain.sync;

import static io.cosmicsync.domain.sync.Fixtures.A;
import static io.cosmicsync.domain.sync.Fixtures.B;
import static io.cosmicsync.domain.sync.Fixtures.DOC;
import static io.cosmicsync.domain.sync.Fixtures.stamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final Document doc = Document.create(DOC);

    private void set(String field, Value v, OpStamp s, OpStamp... supersedes) {
        doc.apply(new Operation.SetField(DOC, field, v, Set.of(supersedes)), s);
    }

    private Resolution shown(String field, ConflictResolver resolver) {
        return doc.view(new ConflictPolicy(Map.of(), resolver)).fields().get(field);
    }

    @Test
    void last_writer_wins_by_hlc_then_by_peer_id() {
        set("title", Value.of("old"), stamp(1, B));
        set("title", Value.of("new"), stamp(2, A));
        assertThat(shown("title", StandardResolver.LAST_WRITER_WINS)).isEqualTo(new Resolution.Resolved(Value.of("new")));
        set("title", Value.of("tie"), stamp(2, B));
        assertThat(shown("title", StandardResolver.LAST_WRITER_WINS)).isEqualTo(new Resolution.Resolved(Value.of("tie")));
    }

    @Test
    void a_write_replaces_the_writes_it_supersedes_and_keeps_concurrent_ones() {
        set("title", Value.of("a"), stamp(1, A));
        set("title", Value.of("b"), stamp(1, B));
        set("title", Value.of("c"), stamp(2, A), stamp(1, A));
        assertThat(doc.liveWrites("title")).extracting(Write::value).containsExactly(Value.of("b"), Value.of("c"));
        set("title", Value.of("d"), stamp(3, B), stamp(1, B), stamp(2, A));
        assertThat(doc.liveWrites("title")).extracting(Write::value).containsExactly(Value.of("d"));
    }

    @Test
    void keep_both_shows_every_concurrent_value_in_stamp_order() {
        set("title", Value.of("b"), stamp(1, B));
        set("title", Value.of("a"), stamp(1, A));
        assertThat(shown("title", StandardResolver.KEEP_BOTH)).isEqualTo(new Resolution.Conflicting(
                List.of(new Write(stamp(1, A), Value.of("a")), new Write(stamp(1, B), Value.of("b")))));
    }

    @Test
    void keep_the_maximum_compares_numbers_across_longs_and_doubles() {
        set("score", Value.of(7), stamp(5, A));
        set("score", new Value.DoubleValue(7.5), stamp(1, B));
        set("score", Value.of("text ranks above numbers"), stamp(0, A));
        assertThat(shown("score", StandardResolver.KEEP_MAXIMUM)).isEqualTo(new Resolution.Resolved(Value.of("text ranks above numbers")));
        doc.apply(new Operation.RemoveField(DOC, "score", Set.of(stamp(0, A))), stamp(6, A));
        assertThat(shown("score", StandardResolver.KEEP_MAXIMUM)).isEqualTo(new Resolution.Resolved(new Value.DoubleValue(7.5)));
    }

    @Test
    void union_of_sets_merges_concurrent_lists_without_duplicates() {
        set("tags", new Value.ListValue(List.of(Value.of("b"), Value.of("a"))), stamp(1, A));
        set("tags", new Value.ListValue(List.of(Value.of("c"), Value.of("b"))), stamp(1, B));
        assertThat(shown("tags", StandardResolver.UNION_OF_SETS))
                .isEqualTo(new Resolution.Resolved(new Value.ListValue(List.of(Value.of("a"), Value.of("b"), Value.of("c")))));
    }

    @Test
    void removing_what_was_seen_hides_the_field_but_a_concurrent_set_survives() {
        set("title", Value.of("a"), stamp(1, A));
        set("title", Value.of("b"), stamp(1, B));
        doc.apply(new Operation.RemoveField(DOC, "title", Set.of(stamp(1, A))), stamp(2, A));
        assertThat(shown("title", StandardResolver.LAST_WRITER_WINS)).isEqualTo(new Resolution.Resolved(Value.of("b")));
        doc.apply(new Operation.RemoveField(DOC, "title", Set.of(stamp(1, B))), stamp(3, A));
        assertThat(doc.view(ConflictPolicy.lastWriterWins()).fields()).doesNotContainKey("title");
    }

    @Test
    void counters_add_up_increments_in_any_order() {
        doc.apply(new Operation.IncrementCounter(DOC, "n", 5), stamp(1, A));
        doc.apply(new Operation.IncrementCounter(DOC, "n", -2), stamp(1, B));
        assertThat(doc.view(ConflictPolicy.lastWriterWins()).counters()).containsEntry("n", 3L);
    }

    @Test
    void a_list_keeps_concurrent_inserts_in_the_same_order_on_every_replica_and_forgets_deleted_items() {
        Document other = Document.create(DOC);
        Operation base = new Operation.InsertListItems(DOC, "items", doc.list("items").prepareInsert(A, 0, 2), List.of(Value.of(1), Value.of(2)));
        doc.apply(base, stamp(1, A));
        other.apply(base, stamp(1, A));
        Operation fromA = new Operation.InsertListItems(DOC, "items", doc.list("items").prepareInsert(A, 1, 1), List.of(Value.of("a")));
        Operation fromB = new Operation.InsertListItems(DOC, "items", other.list("items").prepareInsert(B, 1, 1), List.of(Value.of("b")));
        Operation delete = new Operation.DeleteListItems(DOC, "items", other.list("items").prepareDelete(0, 1));
        doc.apply(fromA, stamp(2, A));
        other.apply(fromB, stamp(2, B));
        other.apply(delete, stamp(3, B));
        doc.apply(fromB, stamp(2, B));
        doc.apply(delete, stamp(3, B));
        other.apply(fromA, stamp(2, A));

        assertThat(doc.view(ConflictPolicy.lastWriterWins())).isEqualTo(other.view(ConflictPolicy.lastWriterWins()));
        assertThat(doc.list("items").values()).containsExactly(Value.of("b"), Value.of("a"), Value.of(2));
        assertThat(doc.list("items").valuesById()).hasSize(3);
    }

    @Test
    void a_deleted_document_shows_nothing_whatever_arrives_later() {
        set("title", Value.of("a"), stamp(1, A));
        doc.apply(new Operation.DeleteDocument(DOC), stamp(2, B));
        set("title", Value.of("late"), stamp(3, A));
        DocumentView view = doc.view(ConflictPolicy.lastWriterWins());
        assertThat(view.deleted()).isTrue();
        assertThat(view.fields()).isEmpty();
        assertThat(doc.tombstone()).isEqualTo(stamp(2, B));
    }

    @Test
    void refuses_an_operation_for_another_document() {
        DocumentRef other = new DocumentRef("project-1", "tasks", "t2");
        assertThatThrownBy(() -> doc.apply(new Operation.DeleteDocument(other), stamp(1, A))).isInstanceOf(SyncException.class);
    }

    @Test
    void reconstitutes_from_stored_state() {
        set("title", Value.of("a"), stamp(1, A));
        doc.apply(new Operation.IncrementCounter(DOC, "n", 2), stamp(1, A));
        Document loaded = Document.reconstitute(DOC, doc.writes(), doc.counters(), doc.texts(), doc.lists(), doc.tombstone());
        assertThat(loaded.view(ConflictPolicy.lastWriterWins())).isEqualTo(doc.view(ConflictPolicy.lastWriterWins()));
    }
}
