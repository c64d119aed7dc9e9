package io.cosmicsync.adapter.web.rest.node;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/v1/network/status} reports. The peer-to-peer fields stay empty (null peer id,
 * empty lists, zero) until this node runs its libp2p stack; they are never invented.
 *
 * @param nodeId           stable id of this node's store
 * @param version          software version
 * @param startedAt        process start
 * @param uptimeSeconds    seconds since start
 * @param httpAddress      where the HTTP API listens, e.g. {@code http://127.0.0.1:8080}
 * @param p2pEnabled       whether the peer-to-peer stack runs
 * @param peerId           libp2p peer id, or null
 * @param listenAddrs      libp2p multiaddrs
 * @param peers            connected peers
 * @param routingTableSize Kademlia routing-table entries
 * @param gossipTopics     subscribed gossipsub topics
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record NetworkStatusResponse(String nodeId, String version, Instant startedAt, long uptimeSeconds,
                                    String httpAddress, boolean p2pEnabled, String peerId, List<String> listenAddrs,
                                    List<String> peers, int routingTableSize, List<String> gossipTopics) {
}
