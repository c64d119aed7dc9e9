package io.cosmicsync.adapter.p2p.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.application.node.ConnectedPeer;
import io.cosmicsync.application.node.NetworkSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class P2pNodeTest {

    private static final Multiaddr ANY_PORT = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");

    private static P2pSettings settings(Multiaddr listen, List<Multiaddr> bootstrap) {
        return new P2pSettings(listen, bootstrap, Duration.ofMillis(200), Duration.ofSeconds(1), "cosmicsync-test/0");
    }

    private static NetworkSnapshot snapshot(P2pNode node) {
        return node.loadNetworkSnapshot().orElseThrow();
    }

    @Test
    void reports_its_peer_id_and_full_listen_multiaddr() {
        try (P2pNode node = P2pNode.start(Ed25519KeyPair.generate(), settings(ANY_PORT, List.of()))) {
            NetworkSnapshot snapshot = snapshot(node);

            assertThat(snapshot.peerId()).isEqualTo(node.peerId().toString()).startsWith("12D3KooW");
            assertThat(snapshot.listenAddrs()).singleElement().asString()
                    .matches("/ip4/127\\.0\\.0\\.1/tcp/\\d+/p2p/" + snapshot.peerId());
            assertThat(snapshot.peers()).isEmpty();
        }
    }

    @Test
    void connects_to_its_bootstrap_peer_learns_its_protocols_and_rtt_and_reconnects_after_it_restarts() {
        Ed25519KeyPair seedIdentity = Ed25519KeyPair.generate();
        P2pNode seed = P2pNode.start(seedIdentity, settings(ANY_PORT, List.of()));
        Multiaddr seedAddress = seed.listenAddrs().get(0);
        try (P2pNode node = P2pNode.start(Ed25519KeyPair.generate(), settings(ANY_PORT, List.of(seedAddress)))) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(snapshot(node).peers())
                    .singleElement().satisfies(peer -> {
                        assertThat(peer.peerId()).isEqualTo(seed.peerId().toString());
                        assertThat(peer.protocols()).contains("/ipfs/id/1.0.0", "/ipfs/ping/1.0.0");
                        assertThat(peer.rttMillis()).isNotNegative();
                    }));

            seed.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> snapshot(node).peers().isEmpty());
            try (P2pNode again = P2pNode.start(seedIdentity, settings(seedAddress.withoutPeerId(), List.of()))) {
                await().atMost(Duration.ofSeconds(10)).until(() -> snapshot(node).peers().stream()
                        .map(ConnectedPeer::peerId).toList().contains(again.peerId().toString()));
            }
        } finally {
            seed.close();
        }
    }

    @Test
    void refuses_a_bootstrap_address_without_a_peer_id() {
        assertThatThrownBy(() -> settings(ANY_PORT, List.of(Multiaddr.parse("/ip4/127.0.0.1/tcp/1"))))
                .hasMessageContaining("/p2p/");
    }

    @Test
    void says_which_address_it_could_not_listen_on() {
        try (P2pNode node = P2pNode.start(Ed25519KeyPair.generate(), settings(ANY_PORT, List.of()))) {
            Multiaddr taken = node.listenAddrs().get(0).withoutPeerId();

            assertThatThrownBy(() -> P2pNode.start(Ed25519KeyPair.generate(), settings(taken, List.of())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(taken.toString());
        }
    }
}
