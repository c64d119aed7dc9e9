package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.util.List;

/**
 * Where a {@link GossipsubRouter} puts what it wants done on the network. The stream adapter writes each RPC
 * as one length-prefixed frame on the outbound {@code /meshsub/1.1.0} stream to that peer; an in-memory
 * network hands it straight to the other router.
 */
public interface RpcOutbox {

    /**
     * Sends one RPC to a connected peer. Called with the router's lock held: implementations must not block
     * and must not call back into the router synchronously from another thread.
     */
    void send(PeerId peer, RpcProtos.RPC rpc);

    /**
     * Peers offered by a pruning peer (v1.1 peer exchange) that this node may dial to rebuild its mesh for
     * the topic. Ignored by default.
     */
    default void peerExchange(String topic, List<PeerId> candidates) {
    }
}
