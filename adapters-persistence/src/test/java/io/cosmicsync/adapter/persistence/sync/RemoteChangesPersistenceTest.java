package io.cosmicsync.adapter.persistence.sync;

import static io.cosmicsync.application.sync.port.out.FakeChangeSignatures.signatureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.CompactHistoryCommand;
import io.cosmicsync.application.sync.port.in.CompactionResult;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.MissingChanges;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RemoteChangesPersistenceTest extends SyncPostgresTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "notes", "n1");
    private static final PeerId B = new PeerId("peer-b");
    private static final PeerId C = new PeerId("peer-c");

    @Test
    void changes_arriving_before_their_dependencies_wait_in_the_database_and_apply_when_the_dependency_arrives() {
        Document replicaB = Document.create(DOC);
        long now = System.currentTimeMillis();
        Change c1 = remoteChange(replicaB, B, new Hlc(now, 0), Set.of(), d -> new Operation.InsertText(DOC, "body", d.text("body").prepareInsert("peer-b", 0, "ab")));
        Change c2 = remoteChange(replicaB, B, new Hlc(now, 1), Set.of(c1), d -> new Operation.InsertText(DOC, "body", d.text("body").prepareInsert("peer-b", 2, "cd")));
        Change c3 = remoteChange(replicaB, B, new Hlc(now, 2), Set.of(c2), d -> new Operation.DeleteText(DOC, "body", d.text("body").prepareDelete(0, 1)));
        PostgresSyncNode before = node("peer-a");

        assertThat(before.receive(c3).waiting()).containsOnlyKeys(c3.id());
        assertThat(before.receive(c2).waiting()).containsOnlyKeys(c2.id());
        assertThat(count("sync_pending_changes")).isEqualTo(2);
        assertThat(before.view(DOC)).isNull();

        PostgresSyncNode restarted = node("peer-a");
        assertThat(restarted.pending.loadPending()).containsExactly(c3, c2);
        RemoteChangesResult last = restarted.receive(c1);

        assertThat(last.applied()).containsExactly(c1.id(), c2.id(), c3.id());
        assertThat(count("sync_pending_changes")).isZero();
        assertThat(restarted.view(DOC).texts()).containsEntry("body", "bcd");
        assertThat(restarted.log.heads()).containsExactly(c3.id());
        assertThat(restarted.log.versionVector()).isEqualTo(VersionVector.empty().with(B, c3.hlc()));
    }

    @Test
    void a_parked_changes_signature_moves_into_its_log_row_when_the_change_is_applied() {
        Document replicaB = Document.create(DOC);
        long now = System.currentTimeMillis();
        Change c1 = remoteChange(replicaB, B, new Hlc(now, 0), Set.of(), d -> new Operation.IncrementCounter(DOC, "n", 1));
        Change c2 = remoteChange(replicaB, B, new Hlc(now, 1), Set.of(c1), d -> new Operation.IncrementCounter(DOC, "n", 1));
        PostgresSyncNode a = node("peer-a");

        a.receive(c2);
        assertThat(count("sync_change_signatures")).isEqualTo(1);
        a.receive(c1);

        assertThat(count("sync_change_signatures")).as("no parked signature left").isZero();
        assertThat(strings("SELECT encode(signature, 'hex') FROM sync_changes ORDER BY seq"))
                .containsExactly(HexFormat.of().formatHex(signatureOf(c1)), HexFormat.of().formatHex(signatureOf(c2)));
        MissingChanges served = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(VersionVector.empty(), 10));
        assertThat(served.signatures()).containsOnlyKeys(c1.id(), c2.id()).containsEntry(c2.id(), signatureOf(c2));
    }

    @Test
    void a_documents_updated_hlc_is_its_newest_changes_whatever_order_they_arrive_in() {
        DocumentRef inOneBatch = new DocumentRef("project-1", "notes", "n2");
        long now = System.currentTimeMillis();
        Change newer = remoteChange(Document.create(DOC), B, new Hlc(now, 5), Set.of(), d -> new Operation.IncrementCounter(DOC, "n", 1));
        Change older = remoteChange(Document.create(DOC), C, new Hlc(now, 1), Set.of(), d -> new Operation.IncrementCounter(DOC, "n", 1));
        Change newerToo = remoteChange(Document.create(inOneBatch), B, new Hlc(now, 7), Set.of(), d -> new Operation.IncrementCounter(inOneBatch, "n", 1));
        Change olderToo = remoteChange(Document.create(inOneBatch), C, new Hlc(now, 2), Set.of(), d -> new Operation.IncrementCounter(inOneBatch, "n", 1));
        PostgresSyncNode a = node("peer-a");

        a.receive(newer);
        a.receive(older);
        a.receive(newerToo, olderToo);

        assertThat(strings("SELECT doc_id || ' ' || updated_hlc_physical || '.' || updated_hlc_logical FROM sync_documents ORDER BY doc_id"))
                .containsExactly("n1 " + newer.hlc(), "n2 " + newerToo.hlc());
        assertThat(a.view(DOC).counters()).containsEntry("n", 2L);
    }

    @Test
    void compaction_prunes_only_what_every_known_replica_reported_having_seen() {
        PostgresSyncNode a = node("peer-a");
        Change c1 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        Change c2 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        Change c3 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        a.missing.computeMissingChanges(new ComputeMissingChangesCommand(B, VersionVector.empty().with(a.peer, c2.hlc()), 10));
        a.missing.computeMissingChanges(new ComputeMissingChangesCommand(C, VersionVector.empty(), 10));

        assertThat(a.compaction.compactHistory(new CompactHistoryCommand(3))).isInstanceOf(CompactionResult.Skipped.class);
        assertThat(a.compaction.compactHistory(new CompactHistoryCommand(2))).isInstanceOf(CompactionResult.Skipped.class);
        assertThat(count("sync_changes WHERE body IS NULL")).isZero();

        a.missing.computeMissingChanges(new ComputeMissingChangesCommand(C, VersionVector.empty().with(a.peer, c1.hlc()), 10));
        CompactionResult result = a.compaction.compactHistory(new CompactHistoryCommand(2));

        assertThat(result).isEqualTo(new CompactionResult.Compacted(VersionVector.empty().with(a.peer, c1.hlc()), 1));
        assertThat(count("sync_changes")).isEqualTo(3);
        assertThat(a.log.isApplied(c1.id())).isTrue();
        assertThat(a.log.loadChangesNotCoveredBy(VersionVector.empty(), 10)).containsExactly(c2, c3);
        MissingChanges forC = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(C, VersionVector.empty().with(a.peer, c1.hlc()), 10));
        assertThat(forC.changes()).containsExactly(c2, c3);
        assertThat(forC.incomplete()).isFalse();
        MissingChanges forNewcomer = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(VersionVector.empty(), 10));
        assertThat(forNewcomer.incomplete()).isTrue();
        assertThat(a.view(DOC).counters()).containsEntry("n", 3L);
    }
}
