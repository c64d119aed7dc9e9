package io.cosmicsync.adapter.p2p.identify;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.identify.pb.IdentifyProtos.Identify;
import io.cosmicsync.adapter.p2p.identity.Ed25519PublicKey;
import io.cosmicsync.adapter.p2p.identity.InvalidKeyException;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.MultiformatException;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a peer says about itself over identify.
 *
 * <pre>
 *   Identify { protocolVersion = 5; agentVersion = 6; publicKey = 1 (PublicKey envelope);
 *              listenAddrs = 2 (binary multiaddrs); observedAddr = 4; protocols = 3 }
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/identify/README.md">identify/README.md</a>.
 * Parsing keeps the addresses it understands and skips the others (a peer may listen on transports this node
 * does not know); a malformed message or a public key that is not the connection's peer throws
 * {@link IdentifyException}.
 *
 * @param publicKey    the peer's identity key (Ed25519 only)
 * @param observedAddr how the peer sees our address, if it said
 */
public record IdentifyMessage(String protocolVersion, String agentVersion, Ed25519PublicKey publicKey,
        List<Multiaddr> listenAddrs, Optional<Multiaddr> observedAddr, List<String> protocols) {

    public IdentifyMessage {
        listenAddrs = List.copyOf(listenAddrs);
        protocols = List.copyOf(protocols);
    }

    public PeerId peerId() {
        return publicKey.toPeerId();
    }

    public byte[] encode() {
        Identify.Builder builder = Identify.newBuilder()
                .setProtocolVersion(protocolVersion)
                .setAgentVersion(agentVersion)
                .setPublicKey(ByteString.copyFrom(publicKey.encode()))
                .addAllProtocols(protocols);
        listenAddrs.forEach(a -> builder.addListenAddrs(ByteString.copyFrom(a.toBytes())));
        observedAddr.ifPresent(a -> builder.setObservedAddr(ByteString.copyFrom(a.toBytes())));
        return builder.build().toByteArray();
    }

    /** Parses a message received from {@code expectedPeer}. */
    public static IdentifyMessage decode(byte[] bytes, PeerId expectedPeer) {
        Identify message;
        try {
            message = Identify.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IdentifyException("malformed identify message: " + e.getMessage());
        }
        if (!message.hasPublicKey()) {
            throw new IdentifyException("identify message without a public key");
        }
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.decode(message.getPublicKey().toByteArray());
        } catch (InvalidKeyException e) {
            throw new IdentifyException("unusable public key: " + e.getMessage());
        }
        if (expectedPeer != null && !expectedPeer.matches(key)) {
            throw new IdentifyException("identify key belongs to " + key.toPeerId() + ", not " + expectedPeer);
        }
        List<Multiaddr> addrs = new ArrayList<>();
        message.getListenAddrsList().forEach(b -> parse(b).ifPresent(addrs::add));
        Optional<Multiaddr> observed = message.hasObservedAddr() ? parse(message.getObservedAddr()) : Optional.empty();
        return new IdentifyMessage(message.getProtocolVersion(), message.getAgentVersion(), key, addrs, observed,
                message.getProtocolsList());
    }

    private static Optional<Multiaddr> parse(ByteString bytes) {
        try {
            return Optional.of(Multiaddr.fromBytes(bytes.toByteArray()));
        } catch (MultiformatException e) {
            return Optional.empty();
        }
    }
}
