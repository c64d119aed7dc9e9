package io.cosmicsync.application.node;

import java.util.List;
import java.util.Objects;

/**
 * A peer this node has a connection with.
 *
 * @param peerId    the remote peer id
 * @param address   the remote multiaddr of the connection
 * @param protocols protocol ids the peer announced through identify; empty until it has
 * @param rttMillis round-trip time of the last ping in milliseconds, or -1 when none has completed
 */
public record ConnectedPeer(String peerId, String address, List<String> protocols, long rttMillis) {

    public ConnectedPeer {
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(address, "address");
        protocols = List.copyOf(protocols);
    }
}
