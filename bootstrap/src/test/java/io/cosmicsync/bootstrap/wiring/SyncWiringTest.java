package io.cosmicsync.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.MissingChanges;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.CompactHistoryCommand;
import io.cosmicsync.application.sync.port.in.CompactHistoryUseCase;
import io.cosmicsync.application.sync.port.in.CompactionResult;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.bootstrap.support.SharedDatabase;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The node's context wires every sync use case onto PostgreSQL with the configured settings. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncWiringTest implements TestPropertyProvider {

    @Inject
    @Named(SyncFactory.LOCAL_AUTHOR)
    PeerId self;
    @Inject
    Ed25519KeyPair nodeIdentity;
    @Inject
    ApplyLocalMutationUseCase applyLocal;
    @Inject
    ApplyRemoteChangesUseCase applyRemote;
    @Inject
    ComputeMissingChangesUseCase computeMissing;
    @Inject
    CompactHistoryUseCase compactHistory;
    @Inject
    ReadDocumentUseCase readDocument;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        SharedDatabase.get().datasourceProperties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "test-secret-" + UUID.randomUUID() + UUID.randomUUID());
        return properties;
    }

    @Test
    void the_local_author_is_the_libp2p_peer_id_of_the_node_identity() {
        assertThat(self).isEqualTo(new PeerId(nodeIdentity.peerId().toString()));
        assertThat(self.value()).startsWith("12D3KooW");
    }

    @Test
    void a_local_mutation_is_stored_readable_and_offered_to_peers_under_the_local_author() {
        DocumentRef doc = new DocumentRef("scope-" + UUID.randomUUID(), "notes", "n1");

        LocalMutationResult result = applyLocal.applyLocalMutation(new ApplyLocalMutationCommand(doc,
                List.of(new Mutation.SetField("title", Value.of("Plan")), new Mutation.InsertText("body", 0, "hi"))));

        assertThat(result).isInstanceOf(LocalMutationResult.Applied.class);
        Change change = ((LocalMutationResult.Applied) result).change();
        assertThat(change.author()).isEqualTo(self);
        assertThat(readDocument.readDocument(new ReadDocumentCommand(doc)).orElseThrow().texts()).containsEntry("body", "hi");
        MissingChanges offered = computeMissing.computeMissingChanges(new ComputeMissingChangesCommand(
                VersionVector.empty(), Integer.MAX_VALUE));
        assertThat(offered.changes()).contains(change);
        assertThat(offered.signatures()).containsKey(change.id());
        assertThat(applyRemote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(change), offered.signatures())).duplicates())
                .containsExactly(change.id());
        assertThat(applyRemote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(change), Map.of())).rejected())
                .as("a change without its signature is refused even when it is known").containsKey(change.id());
    }

    @Test
    void compaction_waits_until_enough_replicas_have_reported_their_vectors() {
        assertThat(compactHistory.compactHistory(new CompactHistoryCommand(1_000))).isInstanceOf(CompactionResult.Skipped.class);
    }
}
