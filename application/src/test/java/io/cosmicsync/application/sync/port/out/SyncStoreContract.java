package io.cosmicsync.application.sync.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentCodec;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.OpStamp;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every implementation of the outgoing sync ports shares, written once and run against
 * the in-memory fake (application) and the PostgreSQL adapters (adapters-persistence). A subclass
 * returns a fresh, empty store from {@link #emptyStore()}.
 */
public abstract class SyncStoreContract {
    protected static final DocumentRef DOC = new DocumentRef("project-1", "notes", "n1");
    protected static final PeerId A = new PeerId("peer-a");
    protected static final PeerId B = new PeerId("peer-b");

    private Ports store;

    /**
     * One replica's store as ports.
     *
     * @param registerPolicy registers a conflict policy for a collection in every scope
     */
    public record Ports(LoadDocumentPort loadDocument, SaveDocumentPort saveDocument, AppendChangesPort appendChanges,
                        LoadChangesPort loadChanges, PruneChangesPort pruneChanges, PendingChangesPort pending,
                        ChangeSignaturesPort signatures, LoadReplicaVectorsPort loadReplicaVectors, SaveReplicaVectorPort saveReplicaVector,
                        LoadConflictPolicyPort loadPolicy, BiConsumer<String, ConflictPolicy> registerPolicy,
                        TransactionPort transaction) {
    }

    /** A store holding nothing: no documents, changes, pending changes, signatures, replica vectors or policies. */
    protected abstract Ports emptyStore();

    @BeforeEach
    void openEmptyStore() {
        store = emptyStore();
    }

    /** A change by {@code author} at {@code millis}.0 incrementing counter "n" of {@link #DOC}. */
    protected static Change change(PeerId author, long millis, Change... dependencies) {
        return Change.create(author, new Hlc(millis, 0), Arrays.stream(dependencies).map(Change::id).collect(java.util.stream.Collectors.toSet()),
                List.of(new Operation.IncrementCounter(DOC, "n", 1)));
    }

    /** A document using every kind of state: a field, a counter, a text with non-BMP code points, a list. */
    protected static Document richDocument() {
        Document doc = Document.create(DOC);
        OpStamp s1 = new OpStamp(new Hlc(1_000, 0), A);
        OpStamp s2 = new OpStamp(new Hlc(1_000, 1), B);
        doc.apply(new Operation.SetField(DOC, "title", Value.of("Plan"), Set.of()), s1);
        doc.apply(new Operation.SetField(DOC, "title", Value.of("Plan B"), Set.of()), s2);
        doc.apply(new Operation.IncrementCounter(DOC, "votes", 3), s1);
        doc.apply(new Operation.InsertText(DOC, "body", doc.text("body").prepareInsert(A.value(), 0, "héllo 🌍")), s1);
        doc.apply(new Operation.DeleteText(DOC, "body", doc.text("body").prepareDelete(0, 1)), s2);
        doc.apply(new Operation.InsertListItems(DOC, "tags", doc.list("tags").prepareInsert(A, 0, 2),
                List.of(Value.of("x"), new Value.MapValue(Map.of("k", Value.of(1))))), s1);
        return doc;
    }

    /** {@code document} to save, as changed at 1000.0. */
    protected static SaveDocumentPort.ChangedDocument changed(Document document) {
        return new SaveDocumentPort.ChangedDocument(document, new Hlc(1_000, 0));
    }

    /** Appends {@code changes} in one call, each with the signature {@link FakeChangeSignatures} makes for it. */
    private void append(Change... changes) {
        inTransaction(() -> store.appendChanges().appendChanges(List.of(changes), FakeChangeSignatures.signaturesOf(List.of(changes))));
    }

    private void inTransaction(Runnable work) {
        store.transaction().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void a_document_never_saved_loads_as_empty() {
        assertThat(store.loadDocument().loadDocument(DOC)).isEmpty();
    }

    @Test
    void a_saved_document_loads_with_exactly_the_same_state() {
        Document doc = richDocument();

        inTransaction(() -> store.saveDocument().saveDocument(changed(doc)));

        Document loaded = store.loadDocument().loadDocument(DOC).orElseThrow();
        assertThat(DocumentCodec.encode(loaded)).isEqualTo(DocumentCodec.encode(doc));
        assertThat(loaded.view(ConflictPolicy.lastWriterWins())).isEqualTo(doc.view(ConflictPolicy.lastWriterWins()));
    }

    @Test
    void saving_a_document_again_replaces_its_state_and_keeps_other_documents() {
        DocumentRef other = new DocumentRef("project-1", "notes", "n2");
        Document first = Document.create(DOC);
        first.apply(new Operation.IncrementCounter(DOC, "n", 1), new OpStamp(new Hlc(1, 0), A));
        Document second = richDocument();
        second.apply(new Operation.DeleteDocument(DOC), new OpStamp(new Hlc(2_000, 0), A));
        Document neighbour = Document.create(other);
        neighbour.apply(new Operation.IncrementCounter(other, "n", 7), new OpStamp(new Hlc(1, 0), A));

        inTransaction(() -> {
            store.saveDocument().saveDocument(changed(first));
            store.saveDocument().saveDocument(changed(neighbour));
            store.saveDocument().saveDocument(changed(second));
        });

        assertThat(DocumentCodec.encode(store.loadDocument().loadDocument(DOC).orElseThrow())).isEqualTo(DocumentCodec.encode(second));
        assertThat(store.loadDocument().loadDocument(DOC).orElseThrow().isDeleted()).isTrue();
        assertThat(store.loadDocument().loadDocument(other).orElseThrow().counters()).containsEntry("n", 7L);
    }

    @Test
    void many_documents_save_and_load_at_once_and_those_never_saved_are_left_out() {
        DocumentRef other = new DocumentRef("project-2", "notes", "n2");
        DocumentRef never = new DocumentRef("project-1", "notes", "never");
        Document rich = richDocument();
        Document neighbour = Document.create(other);
        neighbour.apply(new Operation.IncrementCounter(other, "n", 7), new OpStamp(new Hlc(1, 0), A));

        inTransaction(() -> store.saveDocument().saveDocuments(List.of(changed(rich), changed(neighbour))));

        Map<DocumentRef, Document> loaded = store.loadDocument().loadDocuments(List.of(DOC, other, never));
        assertThat(loaded).containsOnlyKeys(DOC, other);
        assertThat(DocumentCodec.encode(loaded.get(DOC))).isEqualTo(DocumentCodec.encode(rich));
        assertThat(loaded.get(other).counters()).containsEntry("n", 7L);
        assertThat(store.loadDocument().loadDocuments(List.of())).isEmpty();
    }

    @Test
    void tells_which_of_many_changes_are_applied() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 1_500);
        Change notLogged = change(B, 900);
        append(a1, b1);

        assertThat(store.loadChanges().appliedAmong(List.of(a1.id(), notLogged.id(), b1.id()))).containsExactlyInAnyOrder(a1.id(), b1.id());
        assertThat(store.loadChanges().appliedAmong(List.of())).isEmpty();
    }

    @Test
    void an_empty_log_has_no_heads_an_empty_vector_and_nothing_pruned() {
        assertThat(store.loadChanges().heads()).isEmpty();
        assertThat(store.loadChanges().versionVector()).isEqualTo(VersionVector.empty());
        assertThat(store.loadChanges().prunedVector()).isEqualTo(VersionVector.empty());
        assertThat(store.loadChanges().loadChangesNotCoveredBy(VersionVector.empty(), 10)).isEmpty();
    }

    @Test
    void appended_changes_are_applied_raise_the_vector_and_replace_their_dependencies_as_heads() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 1_500);
        Change a2 = change(A, 2_000, a1);
        Change unrelated = change(B, 900);

        append(a1, b1, a2);

        assertThat(store.loadChanges().isApplied(a1.id())).isTrue();
        assertThat(store.loadChanges().isApplied(a2.id())).isTrue();
        assertThat(store.loadChanges().isApplied(unrelated.id())).isFalse();
        assertThat(store.loadChanges().heads()).containsExactlyInAnyOrder(b1.id(), a2.id());
        assertThat(store.loadChanges().versionVector())
                .isEqualTo(VersionVector.empty().with(A, new Hlc(2_000, 0)).with(B, new Hlc(1_500, 0)));

        Change merge = change(B, 2_500, b1, a2);
        append(merge);
        assertThat(store.loadChanges().heads()).containsExactly(merge.id());
    }

    @Test
    void the_vector_keeps_each_authors_newest_hlc_whatever_the_append_order() {
        Change newer = change(A, 5_000);
        Change older = change(A, 4_000);

        append(newer, older);

        assertThat(store.loadChanges().versionVector()).isEqualTo(VersionVector.empty().with(A, new Hlc(5_000, 0)));
    }

    @Test
    void appending_a_change_twice_is_refused() {
        Change a1 = change(A, 1_000);
        append(a1);

        assertThatThrownBy(() -> append(a1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    @Test
    void a_batch_holding_a_logged_change_is_refused_as_a_whole() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 1_500);
        append(a1);

        assertThatThrownBy(() -> append(b1, a1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");

        assertThat(store.loadChanges().isApplied(b1.id())).isFalse();
        assertThat(store.loadChanges().heads()).containsExactly(a1.id());
        assertThat(store.loadChanges().versionVector()).isEqualTo(VersionVector.empty().with(A, a1.hlc()));
    }

    @Test
    void appending_a_change_without_a_signature_is_refused_naming_it_and_writes_nothing() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 1_500);

        inTransaction(() -> assertThatThrownBy(() -> store.appendChanges().appendChanges(List.of(a1, b1),
                FakeChangeSignatures.signaturesOf(List.of(a1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(b1.id().toString()));

        assertThat(store.loadChanges().appliedAmong(List.of(a1.id(), b1.id()))).isEmpty();
        assertThat(store.loadChanges().heads()).isEmpty();
        assertThat(store.loadChanges().versionVector()).isEqualTo(VersionVector.empty());
        assertThat(store.signatures().loadSignatures(List.of(a1.id(), b1.id()))).isEmpty();
    }

    @Test
    void a_logged_changes_signature_comes_back_from_loading_signatures_and_with_the_change_in_its_page() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 1_500);
        Change notLogged = change(B, 900);
        append(a1, b1);

        assertThat(store.signatures().loadSignatures(List.of(a1.id(), notLogged.id(), b1.id())))
                .containsOnlyKeys(a1.id(), b1.id())
                .containsEntry(a1.id(), FakeChangeSignatures.signatureOf(a1))
                .containsEntry(b1.id(), FakeChangeSignatures.signatureOf(b1));
        assertThat(store.loadChanges().loadChangesAfter(0, VersionVector.empty(), 10)).extracting(SequencedChange::signature)
                .containsExactly(FakeChangeSignatures.signatureOf(a1), FakeChangeSignatures.signatureOf(b1));
        assertThat(store.signatures().loadSignatures(List.of())).isEmpty();
    }

    @Test
    void a_parked_changes_first_signature_is_kept_until_the_change_is_appended_and_then_the_log_holds_its_signature() {
        Change a1 = change(A, 1_000);
        byte[] parked = {1, 2, 3};
        byte[] logged = FakeChangeSignatures.signatureOf(a1);
        inTransaction(() -> store.signatures().saveSignatures(Map.of(a1.id(), parked)));
        inTransaction(() -> store.signatures().saveSignatures(Map.of(a1.id(), new byte[] {9})));
        assertThat(store.signatures().loadSignatures(List.of(a1.id()))).containsOnlyKeys(a1.id()).containsEntry(a1.id(), parked);

        append(a1);

        assertThat(store.signatures().loadSignatures(List.of(a1.id()))).as("the parked signature is gone")
                .containsOnlyKeys(a1.id()).containsEntry(a1.id(), logged);
        assertThat(store.loadChanges().loadChangesAfter(0, VersionVector.empty(), 10)).singleElement()
                .extracting(SequencedChange::signature).isEqualTo(logged);
    }

    /** Two authors' chains, logged in the order a1, b1, a2, b2. */
    private record Interleaved(Change a1, Change b1, Change a2, Change b2) {
    }

    /** Logs a1 (A at 1,000), b1 (B at 500), a2 (after a1), b2 (after b1), in that order. */
    private Interleaved appendTwoInterleavedChains() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 500);
        Change a2 = change(A, 2_000, a1);
        Change b2 = change(B, 600, b1);
        append(a1, b1, a2, b2);
        return new Interleaved(a1, b1, a2, b2);
    }

    @Test
    void loads_the_changes_a_vector_does_not_cover_in_log_order_up_to_the_maximum() {
        Interleaved c = appendTwoInterleavedChains();
        LoadChangesPort log = store.loadChanges();

        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty(), 10)).containsExactly(c.a1(), c.b1(), c.a2(), c.b2());
        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty(), 3)).containsExactly(c.a1(), c.b1(), c.a2());
        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty().with(A, c.a1().hlc()), Integer.MAX_VALUE)).containsExactly(c.b1(), c.a2(), c.b2());
        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty().with(A, c.a2().hlc()).with(B, c.b1().hlc()), 10)).containsExactly(c.b2());
        assertThat(log.loadChangesNotCoveredBy(log.versionVector(), 10)).isEmpty();
    }

    @Test
    void a_vector_that_knows_every_author_gets_the_earliest_change_it_lacks_first() {
        Interleaved c = appendTwoInterleavedChains();
        LoadChangesPort log = store.loadChanges();

        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty().with(A, c.a1().hlc()).with(B, c.b1().hlc()), 10))
                .containsExactly(c.a2(), c.b2());
        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty().with(A, c.a2().hlc()).with(B, new Hlc(499, 0)), 10))
                .containsExactly(c.b1(), c.b2());
        assertThat(log.loadChangesNotCoveredBy(VersionVector.empty().with(A, new Hlc(999, 0)).with(B, c.b2().hlc()), 1))
                .containsExactly(c.a1());
    }

    @Test
    void pages_after_a_log_position_start_where_the_last_page_ended_and_positions_grow_in_log_order() {
        Interleaved c = appendTwoInterleavedChains();
        LoadChangesPort log = store.loadChanges();
        VersionVector coversB1 = VersionVector.empty().with(B, c.b1().hlc());

        List<SequencedChange> first = log.loadChangesAfter(0, coversB1, 2);
        List<SequencedChange> second = log.loadChangesAfter(first.get(1).seq(), coversB1, 2);
        List<SequencedChange> end = log.loadChangesAfter(second.get(0).seq(), coversB1, 2);

        assertThat(first).extracting(SequencedChange::decode).containsExactly(c.a1(), c.a2());
        assertThat(second).extracting(SequencedChange::decode).containsExactly(c.b2());
        assertThat(end).isEmpty();
        assertThat(first.get(0).seq()).isPositive().isLessThan(first.get(1).seq());
        assertThat(first.get(1).seq()).isLessThan(second.get(0).seq());
        assertThat(log.loadChangesAfter(first.get(0).seq(), VersionVector.empty(), 10)).extracting(SequencedChange::decode)
                .containsExactly(c.b1(), c.a2(), c.b2());
    }

    @Test
    void a_change_appended_after_a_page_comes_after_that_pages_positions_also_once_earlier_ones_were_pruned() {
        Change a1 = change(A, 1_000);
        Change a2 = change(A, 2_000, a1);
        append(a1, a2);
        long afterA2 = store.loadChanges().loadChangesAfter(0, VersionVector.empty(), 10).get(1).seq();
        store.transaction().inTransaction(() -> store.pruneChanges().pruneChangesCoveredBy(VersionVector.empty().with(A, a2.hlc())));
        Change a3 = change(A, 3_000, a2);
        append(a3);

        List<SequencedChange> next = store.loadChanges().loadChangesAfter(afterA2, VersionVector.empty(), 10);

        assertThat(next).extracting(SequencedChange::decode).containsExactly(a3);
        assertThat(next.get(0).seq()).isGreaterThan(afterA2);
    }

    @Test
    void pruning_drops_covered_bodies_but_keeps_them_applied_and_the_heads_as_they_were() {
        Change a1 = change(A, 1_000);
        Change b1 = change(B, 500);
        Change a2 = change(A, 2_000, a1);
        append(a1, b1, a2);
        Set<ChangeId> heads = store.loadChanges().heads();
        VersionVector stable = VersionVector.empty().with(A, a1.hlc()).with(B, b1.hlc());

        int pruned = store.transaction().inTransaction(() -> store.pruneChanges().pruneChangesCoveredBy(stable));
        int again = store.transaction().inTransaction(() -> store.pruneChanges().pruneChangesCoveredBy(stable));

        assertThat(pruned).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(store.loadChanges().loadChangesNotCoveredBy(VersionVector.empty(), 10)).containsExactly(a2);
        assertThat(store.loadChanges().isApplied(a1.id())).isTrue();
        assertThat(store.loadChanges().isApplied(b1.id())).isTrue();
        assertThat(store.loadChanges().heads()).isEqualTo(heads);
        assertThat(store.loadChanges().versionVector()).isEqualTo(VersionVector.empty().with(A, a2.hlc()).with(B, b1.hlc()));
        assertThat(store.loadChanges().prunedVector()).isEqualTo(stable);

        VersionVector later = VersionVector.empty().with(A, a2.hlc());
        store.transaction().inTransaction(() -> store.pruneChanges().pruneChangesCoveredBy(later));
        assertThat(store.loadChanges().prunedVector()).isEqualTo(stable.merge(later));
        assertThat(store.loadChanges().loadChangesNotCoveredBy(VersionVector.empty(), 10)).isEmpty();
    }

    @Test
    void pruning_clears_the_signatures_of_the_pruned_changes() {
        Change a1 = change(A, 1_000);
        Change a2 = change(A, 2_000, a1);
        append(a1, a2);

        inTransaction(() -> store.pruneChanges().pruneChangesCoveredBy(VersionVector.empty().with(A, a1.hlc())));

        assertThat(store.signatures().loadSignatures(List.of(a1.id(), a2.id()))).containsOnlyKeys(a2.id());
    }

    @Test
    void pending_changes_come_back_in_arrival_order_and_each_save_replaces_them() {
        Change a1 = change(A, 1_000);
        Change a2 = change(A, 2_000, a1);
        Change a3 = change(A, 3_000, a2);
        Change b1 = change(B, 1_000, a1);
        assertThat(store.pending().loadPending()).isEmpty();

        inTransaction(() -> store.pending().savePending(List.of(a3, a2)));
        assertThat(store.pending().loadPending()).containsExactly(a3, a2);

        inTransaction(() -> store.pending().savePending(List.of(a2, b1)));
        assertThat(store.pending().loadPending()).containsExactly(a2, b1);

        inTransaction(() -> store.pending().savePending(List.of(b1, a3, a2)));
        assertThat(store.pending().loadPending()).containsExactly(b1, a3, a2);

        inTransaction(() -> store.pending().savePending(List.of()));
        assertThat(store.pending().loadPending()).isEmpty();
    }

    @Test
    void replica_vectors_are_remembered_per_peer_and_a_newer_report_replaces_the_older() {
        VersionVector high = VersionVector.empty().with(A, new Hlc(5_000, 2));
        VersionVector low = VersionVector.empty().with(A, new Hlc(1_000, 0)).with(B, new Hlc(7, 1));
        assertThat(store.loadReplicaVectors().loadReplicaVectors()).isEmpty();

        store.saveReplicaVector().saveReplicaVector(A, VersionVector.empty());
        store.saveReplicaVector().saveReplicaVector(B, high);
        store.saveReplicaVector().saveReplicaVector(B, low);

        assertThat(store.loadReplicaVectors().loadReplicaVectors()).isEqualTo(Map.of(A, VersionVector.empty(), B, low));
    }

    @Test
    void a_collection_without_a_registered_policy_resolves_by_last_writer_wins() {
        ConflictPolicy keepBoth = new ConflictPolicy(Map.of("title", StandardResolver.KEEP_BOTH), StandardResolver.LAST_WRITER_WINS);

        store.registerPolicy().accept("tasks", keepBoth);

        assertThat(store.loadPolicy().loadConflictPolicy("project-1", "notes")).isEqualTo(ConflictPolicy.lastWriterWins());
        assertThat(store.loadPolicy().loadConflictPolicy("project-1", "tasks")).isEqualTo(keepBoth);
        assertThat(store.loadPolicy().loadConflictPolicy("project-2", "tasks")).isEqualTo(keepBoth);
    }
}
