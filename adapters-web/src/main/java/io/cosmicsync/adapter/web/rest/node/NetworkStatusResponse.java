package io.cosmicsync.adapter.web.rest.node;

import io.cosmicsync.application.node.ConnectedPeer;
import io.cosmicsync.application.node.NodeStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/v1/network/status} reports. The peer-to-peer fields stay empty (null peer id,
 * empty lists, zero) when this node runs without its libp2p stack; they are never invented.
 *
 * @param nodeId           stable id of this node's store
 * @param version          software version
 * @param startedAt        process start
 * @param uptimeSeconds    seconds since start
 * @param httpAddress      where the HTTP API listens, e.g. {@code http://127.0.0.1:8080}
 * @param p2pEnabled       whether the peer-to-peer stack runs
 * @param peerId           libp2p peer id, or null
 * @param listenAddrs      libp2p multiaddrs
 * @param peers            connected peers, ordered by peer id
 * @param routingTableSize Kademlia routing-table entries
 * @param gossipTopics     subscribed gossipsub topics
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record NetworkStatusResponse(String nodeId, String version, Instant startedAt, long uptimeSeconds,
                                    String httpAddress, boolean p2pEnabled, String peerId, List<String> listenAddrs,
                                    List<PeerResponse> peers, int routingTableSize, List<String> gossipTopics) {

    /** The response for {@code node}, whose HTTP API listens at {@code httpAddress}. */
    public static NetworkStatusResponse from(NodeStatus node, String httpAddress) {
        return node.network()
                .map(network -> new NetworkStatusResponse(node.nodeId(), node.version(), node.startedAt(),
                        node.uptime().toSeconds(), httpAddress, true, network.peerId(), network.listenAddrs(),
                        network.peers().stream().map(PeerResponse::from).toList(), network.routingTableSize(),
                        network.gossipTopics()))
                .orElseGet(() -> new NetworkStatusResponse(node.nodeId(), node.version(), node.startedAt(),
                        node.uptime().toSeconds(), httpAddress, false, null, List.of(), List.of(), 0, List.of()));
    }

    /**
     * A connected peer.
     *
     * @param peerId    its peer id
     * @param address   the remote multiaddr of the connection
     * @param protocols what it announced through identify (empty until identified)
     * @param rttMs     last ping round trip in milliseconds, -1 until one completed
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PeerResponse(String peerId, String address, List<String> protocols, long rttMs) {

        static PeerResponse from(ConnectedPeer peer) {
            return new PeerResponse(peer.peerId(), peer.address(), peer.protocols(), peer.rttMillis());
        }
    }
}
