package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * DHT nodes that reach each other in memory. A request travels as protobuf bytes; reaching a node counts as
 * connecting to it, after which the callee knows the caller as a DHT server (what identify tells a real node).
 * Nodes can be taken down: requests to them fail.
 */
final class InMemoryKadNetwork {

    private final KadConfig config;
    private final Map<PeerId, KademliaDht> nodes = new HashMap<>();
    private final Map<PeerId, KadPeer> records = new HashMap<>();
    private final List<KademliaDht> ordered = new ArrayList<>();
    private final Set<PeerId> down = new HashSet<>();
    int requests;

    InMemoryKadNetwork(KadConfig config) {
        this.config = config;
    }

    KademliaDht addNode() {
        PeerId id = Ed25519KeyPair.generate().peerId();
        int index = ordered.size();
        Multiaddr addr = Multiaddr.parse("/ip4/10.0." + (index / 250) + "." + (index % 250 + 1) + "/tcp/4001");
        KadPeer self = KadPeer.of(id, addr);
        KademliaDht dht = new KademliaDht(id, () -> List.of(addr), config, (peer, request) -> deliver(self, peer, request));
        nodes.put(id, dht);
        records.put(id, self);
        ordered.add(dht);
        return dht;
    }

    List<KademliaDht> nodes() {
        return ordered;
    }

    KadPeer record(KademliaDht node) {
        return records.get(node.localPeer());
    }

    void takeDown(KademliaDht node) {
        down.add(node.localPeer());
    }

    boolean isUp(PeerId peer) {
        return !down.contains(peer);
    }

    private CompletableFuture<KadProtos.Message> deliver(KadPeer from, KadPeer to, KadProtos.Message request) {
        requests++;
        KademliaDht target = nodes.get(to.id());
        if (target == null || down.contains(to.id())) {
            return CompletableFuture.failedFuture(new java.net.ConnectException("no route to " + to.id()));
        }
        try {
            target.addPeer(from);
            KadProtos.Message onTheWire = KadProtos.Message.parseFrom(request.toByteArray());
            KadProtos.Message answer = target.handleRequest(from.id(), onTheWire).orElseThrow();
            return CompletableFuture.completedFuture(KadProtos.Message.parseFrom(answer.toByteArray()));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
