package io.cosmicsync.application.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.MissingChanges;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.application.sync.port.out.FakeChangeSignatures;
import io.cosmicsync.application.sync.port.out.VerifyChangeSignaturePort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeAuthenticityAndCommitTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "tasks", "t1");
    private final SyncNode a = new SyncNode("peer-a", 1_000);
    private final SyncNode b = new SyncNode("peer-b", 1_000);

    @Test
    void a_local_change_is_signed_and_its_signature_travels_with_the_missing_changes() {
        Change c = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));

        MissingChanges missing = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(VersionVector.empty(), 10));

        assertThat(missing.signatures().get(c.id())).isEqualTo(FakeChangeSignatures.signatureOf(c));
    }

    @Test
    void a_change_with_a_wrong_signature_is_rejected_and_never_applied() {
        Change c = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));

        RemoteChangesResult result = b.remote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(c), Map.of(c.id(), new byte[32])));

        assertThat(result.rejected()).containsKey(c.id());
        assertThat(result.rejected().get(c.id())).contains("invalid signature").contains("peer-a");
        assertThat(b.view(DOC)).isNull();
        assertThat(b.store.log).isEmpty();
        assertThat(b.store.loadSignatures(List.of(c.id()))).isEmpty();
    }

    @Test
    void a_change_without_a_signature_is_rejected_and_never_applied() {
        Change c = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));

        RemoteChangesResult result = b.remote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(c), Map.of()));

        assertThat(result.rejected().get(c.id())).contains("no signature");
        assertThat(b.view(DOC)).isNull();
    }

    @Test
    void a_received_change_keeps_its_authors_signature_so_it_can_be_relayed() {
        Change c = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));
        b.receive(List.of(c));
        SyncNode third = new SyncNode("peer-c", 1_000);

        third.pullFrom(b);

        assertThat(third.view(DOC).fields()).containsKey("title");
    }

    @Test
    void listeners_hear_local_and_remote_commits_with_their_origin() {
        Change c = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));
        b.receive(List.of(c));
        b.receive(List.of(c));

        assertThat(a.committed).singleElement().satisfies(committed -> {
            assertThat(committed.changes()).containsExactly(c);
            assertThat(committed.origin()).isEqualTo(CommittedChanges.Origin.LOCAL);
            assertThat(committed.signatures().get(c.id())).isEqualTo(FakeChangeSignatures.signatureOf(c));
        });
        assertThat(b.committed).as("a duplicate commits nothing new, so nobody is told").singleElement().satisfies(committed -> {
            assertThat(committed.changes()).containsExactly(c);
            assertThat(committed.origin()).isEqualTo(CommittedChanges.Origin.REMOTE);
            assertThat(committed.signatures().get(c.id())).as("relayable").isEqualTo(FakeChangeSignatures.signatureOf(c));
        });
    }

    @Test
    void a_change_released_from_the_causal_buffer_is_reported_with_its_signature() {
        Change first = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));
        Change second = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan B")));
        b.receive(List.of(second));
        b.receive(List.of(first));

        assertThat(b.committed).singleElement().satisfies(committed -> {
            assertThat(committed.changes()).containsExactly(first, second);
            assertThat(committed.signatures().get(first.id())).isEqualTo(FakeChangeSignatures.signatureOf(first));
            assertThat(committed.signatures().get(second.id())).as("stored while it waited")
                    .isEqualTo(FakeChangeSignatures.signatureOf(second));
        });
    }

    @Test
    void a_change_released_from_the_causal_buffer_is_logged_with_its_parked_signature_not_a_forged_copys() {
        Change first = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));
        Change second = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan B")));
        b.receive(List.of(second));
        Map<ChangeId, byte[]> signatures = new HashMap<>(FakeChangeSignatures.signaturesOf(List.of(first, second)));
        signatures.put(second.id(), new byte[32]);

        RemoteChangesResult result = b.remote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(first, second), signatures));

        assertThat(result.applied()).containsExactly(first.id(), second.id());
        MissingChanges served = b.missing.computeMissingChanges(new ComputeMissingChangesCommand(VersionVector.empty(), 10));
        assertThat(served.signatures().get(second.id())).isEqualTo(FakeChangeSignatures.signatureOf(second));
        assertThat(b.committed).singleElement().satisfies(committed ->
                assertThat(committed.signatures().get(second.id())).isEqualTo(FakeChangeSignatures.signatureOf(second)));
    }

    @Test
    void a_batch_is_verified_in_one_call_before_the_transaction_and_its_invalid_change_is_never_applied() {
        Change first = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));
        Change forged = a.edit(DOC, new Mutation.SetField("title", Value.of("Pay mallory")));
        Change third = a.edit(new DocumentRef("project-1", "tasks", "t2"), new Mutation.SetField("title", Value.of("Other")));
        Map<ChangeId, byte[]> signatures = new HashMap<>(FakeChangeSignatures.signaturesOf(List.of(first, forged, third)));
        signatures.put(forged.id(), new byte[32]);
        List<Integer> transactionsAtEachBatch = new ArrayList<>();
        InMemorySyncStore store = new InMemorySyncStore();
        VerifyChangeSignaturePort batchOnly = new VerifyChangeSignaturePort() {
            @Override
            public boolean isSignedByAuthor(Change change, byte[] signature) {
                throw new AssertionError("the service checks whole batches");
            }

            @Override
            public Set<ChangeId> signedByAuthor(List<Change> changes, Map<ChangeId, byte[]> received) {
                transactionsAtEachBatch.add(store.transactions);
                Set<ChangeId> valid = new HashSet<>();
                changes.stream().filter(c -> b.signatures.isSignedByAuthor(c, received.get(c.id()))).forEach(c -> valid.add(c.id()));
                return valid;
            }
        };
        ApplyRemoteChangesService remote = new ApplyRemoteChangesService(b.clock, 1_000,
                new SyncStorePorts(store, store, store, store, store, store),
                new ChangeAuthenticity(b.signatures, batchOnly, store), committed -> { });

        RemoteChangesResult result = remote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(first, forged, third), signatures));

        assertThat(transactionsAtEachBatch).containsExactly(0);
        assertThat(store.transactions).isEqualTo(1);
        assertThat(result.applied()).containsExactly(first.id());
        assertThat(result.rejected().get(forged.id())).contains("invalid signature");
        assertThat(result.waiting()).containsOnlyKeys(third.id());
        assertThat(store.log).containsExactly(first);
    }
}
