package io.cosmicsync.application.node;

import java.util.List;
import java.util.Objects;

/**
 * What the peer-to-peer stack reports about itself at one moment.
 *
 * @param peerId           this node's libp2p peer id, e.g. {@code 12D3KooW...}
 * @param listenAddrs      full multiaddrs this node listens on, each ending in {@code /p2p/<peer id>}
 * @param peers            peers with an open connection, ordered by peer id
 * @param routingTableSize entries in the Kademlia routing table
 * @param gossipTopics     gossipsub topics this node subscribes to, sorted
 */
public record NetworkSnapshot(String peerId, List<String> listenAddrs, List<ConnectedPeer> peers,
                              int routingTableSize, List<String> gossipTopics) {

    public NetworkSnapshot {
        Objects.requireNonNull(peerId, "peerId");
        listenAddrs = List.copyOf(listenAddrs);
        peers = List.copyOf(peers);
        gossipTopics = List.copyOf(gossipTopics);
        if (routingTableSize < 0) {
            throw new IllegalArgumentException("routing table size must not be negative");
        }
    }
}
