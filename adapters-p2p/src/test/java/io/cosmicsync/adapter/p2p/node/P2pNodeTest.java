package io.cosmicsync.adapter.p2p.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class P2pNodeTest {

    @TempDir
    Path dir;

    private P2pConfiguration config(String name, List<Multiaddr> bootstrap) {
        return new P2pConfiguration(dir.resolve(name), Multiaddr.parse("/ip4/127.0.0.1/tcp/0"), bootstrap,
                Duration.ofMillis(200), "cosmicsync-test/0", HostConfig.defaults());
    }

    @Test
    void keeps_its_peer_id_across_restarts() {
        String first;
        try (P2pNode node = P2pNode.start(config("a", List.of()))) {
            first = node.peerId().toString();
        }
        try (P2pNode node = P2pNode.start(config("a", List.of()))) {
            assertThat(node.peerId()).hasToString(first);
        }
    }

    @Test
    void connects_to_its_bootstrap_peer_and_reconnects_after_it_restarts() throws Exception {
        P2pNode seed = P2pNode.start(config("seed", List.of()));
        Multiaddr seedAddress = seed.status().listenAddresses().get(0);
        try (P2pNode node = P2pNode.start(config("node", List.of(seedAddress)))) {
            await().atMost(Duration.ofSeconds(5)).until(() -> node.status().connectedPeers().contains(seed.peerId()));
            assertThat(node.identify().whenIdentified(seed.peerId()).get(5, TimeUnit.SECONDS).agentVersion())
                    .isEqualTo("cosmicsync-test/0");
            assertThat(node.ping().ping(seed.peerId()).get(5, TimeUnit.SECONDS)).isPositive();

            seed.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> node.status().connectedPeers().isEmpty());
            P2pConfiguration samePort = new P2pConfiguration(dir.resolve("seed"), seedAddress.withoutPeerId(),
                    List.of(), Duration.ofSeconds(1), "cosmicsync-test/0", HostConfig.defaults());
            try (P2pNode again = P2pNode.start(samePort)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> node.status().connectedPeers().contains(again.peerId()));
            }
        } finally {
            seed.close();
        }
    }

    @Test
    void refuses_bootstrap_addresses_without_a_peer_id() {
        assertThatThrownBy(() -> config("x", List.of(Multiaddr.parse("/ip4/127.0.0.1/tcp/1"))))
                .hasMessageContaining("/p2p/");
    }

    @Test
    void reports_a_port_already_in_use() {
        try (P2pNode node = P2pNode.start(config("a", List.of()))) {
            Multiaddr taken = node.host().listenAddresses().get(0);
            P2pConfiguration clash = new P2pConfiguration(dir.resolve("b"), taken, List.of(), Duration.ofSeconds(1),
                    "x", HostConfig.defaults());
            assertThatThrownBy(() -> P2pNode.start(clash)).hasMessageContaining("cannot listen");
        }
    }
}
