package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;

import java.util.List;

/**
 * A peer as the DHT knows it: its peer id and the multiaddrs it can be dialed at (without {@code /p2p}),
 * at most {@link KadConfig#MAX_ADDRS_PER_PEER}. The wire form is {@code Message.Peer} (id, addrs).
 */
public record KadPeer(PeerId id, List<Multiaddr> addrs) {

    public KadPeer {
        if (id == null) {
            throw new IllegalArgumentException("a peer has a peer id");
        }
        addrs = List.copyOf(addrs.size() > KadConfig.MAX_ADDRS_PER_PEER
                ? addrs.subList(0, KadConfig.MAX_ADDRS_PER_PEER) : addrs);
    }

    public static KadPeer of(PeerId id, Multiaddr... addrs) {
        return new KadPeer(id, List.of(addrs));
    }
}
