package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import java.util.List;

/**
 * A snapshot of the node's network state, for a status endpoint.
 *
 * @param peerId          this node's peer id
 * @param listenAddresses where it listens, each ending in {@code /p2p/<peer id>}
 * @param connectedPeers  peers with a live connection, sorted by their text form
 */
public record P2pStatus(PeerId peerId, List<Multiaddr> listenAddresses, List<PeerId> connectedPeers) {

    public P2pStatus {
        listenAddresses = List.copyOf(listenAddresses);
        connectedPeers = List.copyOf(connectedPeers);
    }
}
