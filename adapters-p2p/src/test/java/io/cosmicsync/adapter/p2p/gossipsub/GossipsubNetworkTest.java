package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Gossipsub routers in a simulated network: delivery, de-duplication, mesh maintenance and gossip recovery. */
class GossipsubNetworkTest {

    private static final String TOPIC = "cosmicsync/project/42";

    @Test
    void a_published_message_reaches_every_subscriber_exactly_once_despite_duplicates() {
        SimulatedGossipNetwork network = new SimulatedGossipNetwork(GossipsubConfig.defaults(), 7);
        List<GossipsubRouter> nodes = nodes(network, 16);
        connectRingWithChords(network, nodes, new Random(7), 4);
        Map<PeerId, List<PubsubMessage>> received = subscribeAll(nodes);
        network.drain();
        network.heartbeats(3);

        MessageId id = nodes.get(0).publish(TOPIC, "hello mesh".getBytes(StandardCharsets.UTF_8));
        network.drain();

        for (GossipsubRouter node : nodes.subList(1, nodes.size())) {
            assertThat(received.get(node.localPeer())).as("deliveries at %s", node.localPeer())
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.id()).isEqualTo(id);
                        assertThat(m.author()).isEqualTo(nodes.get(0).localPeer());
                        assertThat(new String(m.data(), StandardCharsets.UTF_8)).isEqualTo("hello mesh");
                    });
        }
        assertThat(received.get(nodes.get(0).localPeer())).isEmpty();
        long duplicates = nodes.stream().mapToLong(n -> n.stats().duplicates()).sum();
        assertThat(duplicates).as("copies that arrived more than once and were dropped").isPositive();
    }

    @Test
    void every_message_of_many_publishers_arrives_once_at_every_other_subscriber() {
        GossipsubConfig meshOnly = withFloodPublish(GossipsubConfig.defaults(), false);
        SimulatedGossipNetwork network = new SimulatedGossipNetwork(meshOnly, 11);
        List<GossipsubRouter> nodes = nodes(network, 12);
        connectRingWithChords(network, nodes, new Random(11), 3);
        Map<PeerId, List<PubsubMessage>> received = subscribeAll(nodes);
        network.drain();
        network.heartbeats(3);

        for (GossipsubRouter publisher : nodes) {
            publisher.publish(TOPIC, publisher.localPeer().toBase58().getBytes(StandardCharsets.UTF_8));
            publisher.publish(TOPIC, "second".getBytes(StandardCharsets.UTF_8));
        }
        network.drain();

        for (GossipsubRouter node : nodes) {
            List<PubsubMessage> got = received.get(node.localPeer());
            assertThat(got).hasSize(2 * (nodes.size() - 1));
            assertThat(got.stream().map(PubsubMessage::id).distinct()).hasSize(got.size());
            assertThat(got).noneMatch(m -> m.author().equals(node.localPeer()));
        }
    }

    @Test
    void mesh_degree_stays_within_d_lo_and_d_hi_after_heartbeats() {
        GossipsubConfig config = GossipsubConfig.defaults();
        SimulatedGossipNetwork network = new SimulatedGossipNetwork(config, 3);
        List<GossipsubRouter> nodes = nodes(network, 20);
        nodes.forEach(node -> node.subscribe(TOPIC, message -> { }));
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                network.connect(nodes.get(i), nodes.get(j));
            }
        }
        network.drain();
        assertThat(nodes).allSatisfy(node -> assertThat(node.meshPeers(TOPIC)).as("meshes before any heartbeat").isEmpty());

        network.heartbeats(2); // grafts that cross in flight may overfill a mesh until the next heartbeat
        for (int beat = 2; beat < 12; beat++) {
            network.heartbeats(1);
            for (GossipsubRouter node : nodes) {
                assertThat(node.meshPeers(TOPIC).size()).as("mesh after heartbeat %d", beat)
                        .isBetween(config.dLo(), config.dHi());
            }
        }
    }

    @Test
    void an_oversubscribed_mesh_is_pruned_to_d_at_the_next_heartbeat_keeping_outbound_peers() {
        GossipsubConfig config = GossipsubConfig.defaults();
        SimulatedGossipNetwork network = new SimulatedGossipNetwork(config, 13);
        GossipsubRouter hub = network.addNode();
        List<GossipsubRouter> spokes = nodes(network, config.dHi() + 6);
        spokes.forEach(spoke -> network.connect(hub, spoke)); // the hub dialed: every spoke is outbound for it
        hub.subscribe(TOPIC, message -> { });
        network.drain();
        spokes.forEach(spoke -> spoke.subscribe(TOPIC, message -> { }));
        network.drain();
        assertThat(hub.meshPeers(TOPIC).size()).as("outbound grafts are accepted beyond D_hi").isGreaterThan(config.dHi());

        hub.heartbeat();
        network.drain();

        assertThat(hub.meshPeers(TOPIC)).hasSize(config.d());
        long pruned = spokes.stream().filter(s -> !s.meshPeers(TOPIC).contains(hub.localPeer())).count();
        assertThat(pruned).isEqualTo(spokes.size() - config.d());
    }

    @Test
    void gossip_recovers_a_message_that_a_peer_outside_the_mesh_missed() {
        GossipsubConfig tiny = new GossipsubConfig(1, 1, 1, 6, 0.25,
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(60), 5, 3,
                java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(1), 16, 5000, 10, false, 1 << 20);
        SimulatedGossipNetwork network = new SimulatedGossipNetwork(tiny, 5);
        GossipsubRouter hub = network.addNode();
        GossipsubRouter left = network.addNode();
        GossipsubRouter right = network.addNode();
        Map<PeerId, List<PubsubMessage>> received = subscribeAll(List.of(left, right));
        network.connect(left, hub);
        network.connect(right, hub);
        hub.subscribe(TOPIC, message -> { });
        network.drain();
        left.heartbeat();
        right.heartbeat();
        network.drain();
        assertThat(hub.meshPeers(TOPIC)).hasSize(1);
        GossipsubRouter missing = hub.meshPeers(TOPIC).contains(left.localPeer()) ? right : left;

        hub.publish(TOPIC, "only through gossip".getBytes(StandardCharsets.UTF_8));
        network.drain();
        assertThat(received.get(missing.localPeer())).isEmpty();

        hub.heartbeat(); // IHAVE to the peer outside the mesh; it answers IWANT; the hub sends the message
        network.drain();

        assertThat(received.get(missing.localPeer())).singleElement()
                .satisfies(m -> assertThat(new String(m.data(), StandardCharsets.UTF_8)).isEqualTo("only through gossip"));
    }

    @Test
    void a_pruned_peer_learns_other_topic_peers_through_peer_exchange() {
        GossipsubConfig config = GossipsubConfig.defaults();
        SimulatedGossipNetwork network = new SimulatedGossipNetwork(config, 9);
        GossipsubRouter hub = network.addNode();
        List<GossipsubRouter> spokes = nodes(network, config.dHi() + 3);
        spokes.forEach(spoke -> network.connect(spoke, hub));
        hub.subscribe(TOPIC, message -> { });
        spokes.forEach(spoke -> spoke.subscribe(TOPIC, message -> { }));
        network.drain();

        network.heartbeats(1);

        assertThat(hub.meshPeers(TOPIC)).hasSizeBetween(config.dLo(), config.dHi());
        long exchanged = spokes.stream().filter(s -> !network.peerExchangesReceivedBy(s).isEmpty()).count();
        assertThat(exchanged).as("spokes pruned by the hub that got PX").isPositive();
        spokes.stream().flatMap(s -> network.peerExchangesReceivedBy(s).stream()).flatMap(List::stream)
                .forEach(candidate -> assertThat(candidate).isNotEqualTo(hub.localPeer()));
    }

    static GossipsubConfig withFloodPublish(GossipsubConfig c, boolean flood) {
        return new GossipsubConfig(c.d(), c.dLo(), c.dHi(), c.dLazy(), c.gossipFactor(), c.heartbeatInterval(),
                c.fanoutTtl(), c.mcacheLength(), c.mcacheGossip(), c.seenTtl(), c.pruneBackoff(), c.prunePeers(),
                c.maxIHaveLength(), c.maxIHaveMessages(), flood, c.maxRpcSize());
    }

    private static List<GossipsubRouter> nodes(SimulatedGossipNetwork network, int count) {
        List<GossipsubRouter> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(network.addNode());
        }
        return nodes;
    }

    /** A ring (so the graph is connected) plus random chords, like a sparse real overlay. */
    private static void connectRingWithChords(SimulatedGossipNetwork network, List<GossipsubRouter> nodes,
                                              Random random, int chordsPerNode) {
        Set<String> links = new java.util.HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            link(network, nodes, links, i, (i + 1) % nodes.size());
            for (int c = 0; c < chordsPerNode; c++) {
                int j = random.nextInt(nodes.size());
                if (j != i) {
                    link(network, nodes, links, i, j);
                }
            }
        }
    }

    private static void link(SimulatedGossipNetwork network, List<GossipsubRouter> nodes, Set<String> links,
                             int i, int j) {
        if (links.add(Math.min(i, j) + "-" + Math.max(i, j))) {
            network.connect(nodes.get(i), nodes.get(j));
        }
    }

    private static Map<PeerId, List<PubsubMessage>> subscribeAll(List<GossipsubRouter> nodes) {
        Map<PeerId, List<PubsubMessage>> received = new HashMap<>();
        for (GossipsubRouter node : nodes) {
            List<PubsubMessage> inbox = new ArrayList<>();
            received.put(node.localPeer(), inbox);
            node.subscribe(TOPIC, inbox::add);
        }
        return received;
    }
}
