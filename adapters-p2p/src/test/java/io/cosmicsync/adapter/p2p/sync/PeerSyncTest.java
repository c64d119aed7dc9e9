package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerSyncTest {
    private static final Multiaddr ANY_PORT = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");
    private static final Duration RARELY = Duration.ofMinutes(10);
    private static final DocumentRef TASK = new DocumentRef("project-1", "tasks", "t1");

    @Test
    void a_change_made_on_one_node_reaches_a_connected_node_by_gossip() {
        try (SyncingReplica a = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(), RARELY, 100);
             SyncingReplica b = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(a.address()), RARELY, 100)) {
            a.edit(new DocumentRef("project-0", "tasks", "warm-up"), new Mutation.SetField("x", Value.of(1L)));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.view(new DocumentRef("project-0", "tasks", "warm-up")) != null);

            a.edit(TASK, new Mutation.SetField("title", Value.of("Plan")));
            b.edit(TASK, new Mutation.InsertText("notes", 0, "hello"));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(b.view(TASK)).isNotNull();
                assertThat(b.view(TASK).fields()).containsKey("title");
                assertThat(a.view(TASK)).isNotNull();
                assertThat(a.view(TASK).texts()).containsEntry("notes", "hello");
            });
            assertThat(a.sync.followedScopes()).contains("project-1");
            assertThat(b.sync.followedScopes()).contains("project-1");
            assertThat(a.node.host().bytesSent()).as("counted on the wire").isPositive();
            assertThat(b.node.host().bytesReceived()).isPositive();
        }
    }

    @Test
    void a_node_that_was_away_catches_up_by_anti_entropy_in_batches() {
        try (SyncingReplica a = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(), RARELY, 7)) {
            for (int i = 0; i < 50; i++) {
                a.edit(new DocumentRef("project-1", "tasks", "t" + i), new Mutation.SetField("n", Value.of((long) i)));
            }
            try (SyncingReplica b = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(a.address()), RARELY, 7)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> b.versionVector().equals(a.versionVector()));
                await().atMost(Duration.ofSeconds(5)).until(() -> b.sync.stats().changesApplied() == 50);

                assertThat(b.view(new DocumentRef("project-1", "tasks", "t49")).fields()).containsKey("n");
                assertThat(a.sync.stats().batchesSent()).as("50 changes in batches of 7").isGreaterThanOrEqualTo(8);
                assertThat(b.sync.followedScopes()).contains("project-1");
            }
        }
    }

    @Test
    void a_gossiped_change_with_a_forged_signature_is_rejected_and_not_applied() {
        try (SyncingReplica a = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(), RARELY, 100);
             SyncingReplica b = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(a.address()), RARELY, 100)) {
            a.edit(TASK, new Mutation.SetField("title", Value.of("Plan")));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.view(TASK) != null);
            Change forged = Change.create(new PeerId(a.identity.peerId().toString()), new Hlc(System.currentTimeMillis(), 0),
                    Set.of(), List.of(new Operation.IncrementCounter(TASK, "votes", 1_000_000)));

            byte[] message = new SignedChangeBatch(List.of(forged), Map.of(forged.id(), new byte[64])).encode();
            b.node.gossipsub().router().publish(SyncTopics.ofScope("project-1"), message);

            await().atMost(Duration.ofSeconds(10)).until(() -> a.sync.stats().changesRejected() == 1);
            assertThat(a.view(TASK).counters()).doesNotContainKey("votes");
        }
    }

    @Test
    void gossip_that_arrives_while_the_applier_is_busy_is_applied_in_one_call() throws InterruptedException {
        try (SyncingReplica a = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(), RARELY, 100);
             SyncingReplica b = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(a.address()), RARELY, 100)) {
            a.edit(TASK, new Mutation.SetField("title", Value.of("warm-up")));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.view(TASK) != null);
            int callsBefore = b.remoteCalls.get();

            synchronized (b.lock) {
                for (int i = 0; i < 40; i++) {
                    a.edit(new DocumentRef("project-1", "tasks", "burst-" + i), new Mutation.SetField("n", Value.of((long) i)));
                }
                Thread.sleep(1_500);
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> b.versionVector().equals(a.versionVector()));
            assertThat(b.remoteCalls.get() - callsBefore).as("the first message, then the rest together").isLessThanOrEqualTo(4);
            assertThat(b.view(new DocumentRef("project-1", "tasks", "burst-39")).fields()).containsKey("n");
        }
    }
}
