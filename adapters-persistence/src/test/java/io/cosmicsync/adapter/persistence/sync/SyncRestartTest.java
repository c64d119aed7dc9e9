package io.cosmicsync.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.sync.port.in.CompactHistoryCommand;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentCodec;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Closes the whole Micronaut context (connection pool included) and opens a new one on the same
 * database: everything the sync core keeps must come back exactly.
 */
class SyncRestartTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "notes", "n1");
    private static final DocumentRef GONE = new DocumentRef("project-1", "notes", "n2");

    /** What a replica holds, as seen through its ports and the materialized JSON. */
    private record Snapshot(byte[] state, byte[] goneState, DocumentView view, Set<ChangeId> heads, VersionVector vector,
                            VersionVector pruned, List<Change> log, List<Change> pending, Map<PeerId, VersionVector> replicas,
                            List<String> json) {
    }

    private static Snapshot snapshot(PostgresSyncNode node, JdbcOperations jdbc) {
        List<String> json = jdbc.execute(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT doc_id || ' ' || data::text || ' ' || deleted || ' ' || updated_hlc_physical || '.' || updated_hlc_logical"
                            + " FROM sync_documents ORDER BY doc_id")) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
        return new Snapshot(DocumentCodec.encode(node.documents.loadDocument(DOC).orElseThrow()),
                DocumentCodec.encode(node.documents.loadDocument(GONE).orElseThrow()), node.view(DOC), node.log.heads(),
                node.log.versionVector(), node.log.prunedVector(),
                node.log.loadChangesNotCoveredBy(VersionVector.empty(), Integer.MAX_VALUE), node.pending.loadPending(),
                node.replicas.loadReplicaVectors(), json);
    }

    private static PostgresSyncNode node(ApplicationContext context) {
        return new PostgresSyncNode("peer-a", context.getBean(JdbcOperations.class), context.getBean(TransactionPort.class));
    }

    @Test
    void a_new_context_on_the_same_database_restores_documents_heads_vectors_log_and_pending_changes_exactly() {
        Snapshot before;
        Change waiting;
        Change missing;
        try (ApplicationContext first = ApplicationContext.run(new java.util.HashMap<String, Object>(PostgresTest.databaseProperties()))) {
            SyncTables.truncate(first.getBean(JdbcOperations.class));
            PostgresSyncNode a = node(first);
            Change c1 = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")), new Mutation.InsertText("body", 0, "hello"));
            a.edit(DOC, new Mutation.DeleteText("body", 0, 1), new Mutation.IncrementCounter("votes", 3),
                    new Mutation.InsertListItems("tags", 0, List.of(Value.of("x"))));
            a.edit(GONE, new Mutation.SetField("title", Value.of("Old")));
            a.edit(GONE, new Mutation.DeleteDocument());
            Document replicaB = Document.create(DOC);
            long now = System.currentTimeMillis();
            PeerId b = new PeerId("peer-b");
            missing = SyncPostgresTest.remoteChange(replicaB, b, new Hlc(now, 0), Set.of(), d -> new Operation.IncrementCounter(DOC, "votes", 10));
            waiting = SyncPostgresTest.remoteChange(replicaB, b, new Hlc(now, 1), Set.of(missing), d -> new Operation.IncrementCounter(DOC, "votes", 100));
            a.receive(waiting);
            a.missing.computeMissingChanges(new ComputeMissingChangesCommand(b, VersionVector.empty().with(a.peer, c1.hlc()), 1));
            a.compaction.compactHistory(new CompactHistoryCommand(1));
            before = snapshot(a, first.getBean(JdbcOperations.class));
        }

        try (ApplicationContext second = ApplicationContext.run(new java.util.HashMap<String, Object>(PostgresTest.databaseProperties()))) {
            PostgresSyncNode a = node(second);
            Snapshot after = snapshot(a, second.getBean(JdbcOperations.class));

            assertThat(after.state()).isEqualTo(before.state());
            assertThat(after.goneState()).isEqualTo(before.goneState());
            assertThat(after).usingRecursiveComparison().isEqualTo(before);
            assertThat(after.pruned()).isNotEqualTo(VersionVector.empty());
            assertThat(after.pending()).containsExactly(waiting);
            assertThat(a.receive(missing).applied()).containsExactly(missing.id(), waiting.id());
            assertThat(a.view(DOC).counters()).containsEntry("votes", 113L);
        }
    }
}
