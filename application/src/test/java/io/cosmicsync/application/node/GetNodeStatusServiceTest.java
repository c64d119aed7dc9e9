package io.cosmicsync.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.node.service.GetNodeStatusService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetNodeStatusServiceTest {

    private static final Instant STARTED = Instant.parse("2026-08-01T00:00:00Z");
    private static final String NODE_ID = "3f2a9c1e-1111-4222-8333-444455556666";

    private final MutableClock clock = new MutableClock(STARTED.plusSeconds(90));
    private Optional<NetworkSnapshot> network = Optional.empty();
    private final GetNodeStatusService service = new GetNodeStatusService(new InMemoryStore(NODE_ID),
            new NodeRuntime("1.2.3", STARTED), () -> network, clock);

    @Test
    void reports_the_stored_node_id_the_version_and_the_start_time() {
        NodeStatus status = service.getNodeStatus();

        assertThat(status.nodeId()).isEqualTo(NODE_ID);
        assertThat(status.version()).isEqualTo("1.2.3");
        assertThat(status.startedAt()).isEqualTo(STARTED);
    }

    @Test
    void measures_uptime_with_the_clock() {
        assertThat(service.getNodeStatus().uptime()).isEqualTo(Duration.ofSeconds(90));

        clock.advance(Duration.ofHours(2));

        assertThat(service.getNodeStatus().uptime()).isEqualTo(Duration.ofHours(2).plusSeconds(90));
    }

    @Test
    void reports_no_network_while_peer_to_peer_is_off() {
        assertThat(service.getNodeStatus().network()).isEmpty();
    }

    @Test
    void reports_the_network_snapshot_of_the_peer_to_peer_stack() {
        var peer = new ConnectedPeer("12D3KooWPeer", "/ip4/127.0.0.1/tcp/4002", List.of("/ipfs/ping/1.0.0"), 3);
        network = Optional.of(new NetworkSnapshot("12D3KooWSelf", List.of("/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWSelf"),
                List.of(peer), 1, List.of()));

        assertThat(service.getNodeStatus().network()).contains(network.orElseThrow());
    }
}
