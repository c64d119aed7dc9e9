package io.cosmicsync.adapter.p2p.gossipsub;

import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.testsupport.ManualClock;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Gossipsub routers wired together in memory. Every RPC goes through its protobuf bytes and waits in one
 * queue until {@link #drain()}, as it would on a network, so routers never re-enter each other.
 */
final class SimulatedGossipNetwork {

    private record InFlight(PeerId from, PeerId to, byte[] rpc) {
    }

    final ManualClock clock = new ManualClock();
    private final Random random;
    private final GossipsubConfig config;
    private final Map<PeerId, GossipsubRouter> routers = new HashMap<>();
    private final List<GossipsubRouter> ordered = new ArrayList<>();
    private final Queue<InFlight> queue = new ArrayDeque<>();
    private final Map<PeerId, List<List<PeerId>>> exchanges = new HashMap<>();
    private BiPredicate<PeerId, PeerId> linkUp = (from, to) -> true;
    int rpcsSent;

    SimulatedGossipNetwork(GossipsubConfig config, long seed) {
        this.config = config;
        this.random = new Random(seed);
    }

    GossipsubRouter addNode() {
        return addNode(config);
    }

    GossipsubRouter addNode(GossipsubConfig nodeConfig) {
        Ed25519KeyPair key = Ed25519KeyPair.generate();
        PeerId self = key.peerId();
        RpcOutbox outbox = new RpcOutbox() {
            @Override
            public void send(PeerId peer, RpcProtos.RPC rpc) {
                rpcsSent++;
                queue.add(new InFlight(self, peer, rpc.toByteArray()));
            }

            @Override
            public void peerExchange(String topic, List<PeerId> candidates) {
                exchanges.computeIfAbsent(self, p -> new ArrayList<>()).add(candidates);
            }
        };
        GossipsubRouter router = new GossipsubRouter(key, nodeConfig, outbox, clock, new Random(random.nextLong()));
        routers.put(self, router);
        ordered.add(router);
        return router;
    }

    List<GossipsubRouter> nodes() {
        return ordered;
    }

    /** {@code dialer} opened the connection: it is outbound for the dialer, inbound for the listener. */
    void connect(GossipsubRouter dialer, GossipsubRouter listener) {
        dialer.addPeer(listener.localPeer(), true);
        listener.addPeer(dialer.localPeer(), false);
    }

    /** Drops every RPC on links for which the predicate is false, until set back. */
    void linkFilter(BiPredicate<PeerId, PeerId> up) {
        this.linkUp = up;
    }

    List<List<PeerId>> peerExchangesReceivedBy(GossipsubRouter router) {
        return exchanges.getOrDefault(router.localPeer(), List.of());
    }

    void drain() {
        InFlight next;
        while ((next = queue.poll()) != null) {
            if (!linkUp.test(next.from(), next.to())) {
                continue;
            }
            GossipsubRouter to = routers.get(next.to());
            try {
                to.handleRpc(next.from(), RpcProtos.RPC.parseFrom(next.rpc()));
            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new AssertionError("a router sent bytes that do not parse", e);
            }
        }
    }

    /** One heartbeat interval passes: every router beats, then the network settles. */
    void heartbeats(int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(config.heartbeatInterval());
            ordered.forEach(GossipsubRouter::heartbeat);
            drain();
        }
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }
}
