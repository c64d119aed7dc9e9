package io.cosmicsync.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cosmicsync.bootstrap.support.NodeLauncher;
import io.cosmicsync.bootstrap.support.NodeCluster;
import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whole nodes on the peer-to-peer network, started as a user starts them: separate processes, data directories
 * and embedded databases, connected over loopback through {@code --bootstrap}.
 */
@SuppressWarnings("unchecked")
class P2pNodesIT {

    private final NodeCluster cluster = new NodeCluster();

    @AfterEach
    void stopNodes() throws Exception {
        cluster.close();
    }

    @Test
    void a_node_keeps_its_peer_id_across_restarts_and_prints_its_full_multiaddr() throws Exception {
        Path dir = dataDir();
        Node first = start(dir);
        assertThat(first.multiaddr()).matches("/ip4/127\\.0\\.0\\.1/tcp/\\d+/p2p/12D3KooW\\w+");
        assertThat(NodeLauncher.run("status", "--json", "--data-dir", dir.toString()).output())
                .contains("\"p2p\":[\"" + first.multiaddr() + "\"]");
        stop(first);

        Node again = start(dir);

        assertThat(peerIdOf(again.multiaddr())).isEqualTo(peerIdOf(first.multiaddr()));
    }

    @Test
    void a_node_started_with_bootstrap_connects_identifies_and_pings_its_peer_both_ways() throws Exception {
        Node a = start(dataDir());
        Path dirB = dataDir();
        Node b = start(dirB, "--bootstrap", a.multiaddr());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertConnected(b, peerIdOf(a.multiaddr()));
            assertConnected(a, peerIdOf(b.multiaddr()));
        });
        Map<String, Object> status = b.http().get("/api/v1/network/status", null).json();
        assertThat(status).containsEntry("p2p_enabled", true).containsEntry("peer_id", peerIdOf(b.multiaddr()));
        assertThat((List<Object>) status.get("listen_addrs")).containsExactly(b.multiaddr());
        assertThat(b.http().get("/prometheus", null).body()).contains("cosmicsync_p2p_connected_peers 1.0")
                .contains("cosmicsync_p2p_routing_table_size 1.0")
                .contains("cosmicsync_p2p_gossip_messages_dropped_total{reason=\"invalid_signature\"} 0.0");
        NodeLauncher.Result peers = NodeLauncher.run("peers", "--data-dir", dirB.toString());
        assertThat(peers.exitCode()).isZero();
        assertThat(peers.output()).contains("peer id:        " + peerIdOf(b.multiaddr()))
                .contains("1 connected peer(s)").contains(peerIdOf(a.multiaddr()));
    }

    @Test
    void a_bootstrap_peer_that_starts_later_is_reached_by_redialing() throws Exception {
        Path dirA = dataDir();
        Node a = start(dirA);
        String addressOfA = a.multiaddr();
        stop(a);
        Node b = start(dataDir(), "--bootstrap", addressOfA);

        int portOfA = Integer.parseInt(addressOfA.split("/")[4]);
        Node restartedA = start(dirA, portOfA);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertConnected(b, peerIdOf(restartedA.multiaddr())));
    }

    private void assertConnected(Node node, String peerId) {
        List<?> peers = (List<?>) node.http().get("/api/v1/network/status", null).json().get("peers");
        assertThat(peers).anySatisfy(entry -> {
            Map<?, ?> peer = (Map<?, ?>) entry;
            assertThat(peer.get("peer_id")).isEqualTo(peerId);
            assertThat((List<Object>) peer.get("protocols")).contains("/ipfs/id/1.0.0", "/ipfs/ping/1.0.0");
            assertThat(((Number) peer.get("rtt_ms")).longValue()).isNotNegative();
        });
    }

    private Path dataDir() throws Exception {
        return cluster.dataDir();
    }

    private Node start(Path dataDir, String... extra) throws Exception {
        return cluster.start(dataDir, 0, extra);
    }

    private Node start(Path dataDir, int p2pPort, String... extra) throws Exception {
        return cluster.start(dataDir, p2pPort, extra);
    }

    private void stop(Node node) throws Exception {
        cluster.stop(node);
    }

    private static String peerIdOf(String multiaddr) {
        return multiaddr.substring(multiaddr.lastIndexOf('/') + 1);
    }
}
