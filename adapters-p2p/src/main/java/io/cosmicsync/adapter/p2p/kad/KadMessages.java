package io.cosmicsync.adapter.p2p.kad;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds and reads the kad-dht {@code Message}s this node uses: FIND_NODE requests (key = the binary peer id,
 * or any key) and their answers (closerPeers with id and multiaddr bytes), and PING. Peers and addresses
 * that do not parse are skipped, not fatal: one bad entry does not spoil an answer.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md#rpc-messages
 */
public final class KadMessages {

    private KadMessages() {
    }

    public static KadProtos.Message findNode(byte[] key) {
        return KadProtos.Message.newBuilder()
                .setType(KadProtos.Message.MessageType.FIND_NODE)
                .setKey(ByteString.copyFrom(key))
                .build();
    }

    public static KadProtos.Message closerPeers(KadProtos.Message request, List<KadPeer> peers) {
        KadProtos.Message.Builder answer = KadProtos.Message.newBuilder()
                .setType(request.getType())
                .setKey(request.getKey());
        peers.forEach(peer -> answer.addCloserPeers(toWire(peer)));
        return answer.build();
    }

    public static KadProtos.Message.Peer toWire(KadPeer peer) {
        KadProtos.Message.Peer.Builder wire = KadProtos.Message.Peer.newBuilder()
                .setId(ByteString.copyFrom(peer.id().toBytes()));
        peer.addrs().forEach(addr -> wire.addAddrs(ByteString.copyFrom(addr.toBytes())));
        return wire.build();
    }

    /** @return the peers of an answer that parse, each with the addresses that parse */
    public static List<KadPeer> closerPeers(KadProtos.Message answer) {
        List<KadPeer> peers = new ArrayList<>();
        for (KadProtos.Message.Peer wire : answer.getCloserPeersList()) {
            fromWire(wire).ifPresent(peers::add);
        }
        return peers;
    }

    public static Optional<KadPeer> fromWire(KadProtos.Message.Peer wire) {
        PeerId id;
        try {
            id = PeerId.fromBytes(wire.getId().toByteArray());
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        List<Multiaddr> addrs = new ArrayList<>();
        for (ByteString raw : wire.getAddrsList()) {
            if (addrs.size() >= KadConfig.MAX_ADDRS_PER_PEER) {
                break;
            }
            try {
                addrs.add(Multiaddr.fromBytes(raw.toByteArray()));
            } catch (RuntimeException malformed) {
                // an address of a transport we cannot parse is useless to us, the peer may still be reachable
            }
        }
        return Optional.of(new KadPeer(id, addrs));
    }
}
