package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.adapter.p2p.gossipsub.GossipsubStats;
import io.cosmicsync.adapter.p2p.node.P2pNode;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.cosmicsync.adapter.p2p.sync.PeerSync;
import io.cosmicsync.adapter.p2p.sync.SyncStats;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.function.ToLongFunction;

/**
 * The peer-to-peer stack's metrics on {@code /prometheus}: connected peers, routing-table size and gossip
 * topics as gauges; bytes received and sent on the wire as counters; gossipsub messages delivered, forwarded and dropped (by reason: duplicate, unsigned,
 * invalid signature, malformed, rejected by the validator) as counters; the sync protocol's batches, changes
 * and malformed input as counters. Read from the node when scraped.
 */
@Singleton
@Requires(beans = P2pNode.class)
final class P2pMetrics implements MeterBinder {

    private final P2pNode node;
    private final BeanProvider<PeerSync> sync;

    /** @param sync looked up when scraped: it needs the database, which is not ready when meters are bound */
    P2pMetrics(P2pNode node, BeanProvider<PeerSync> sync) {
        this.node = node;
        this.sync = sync;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("cosmicsync.p2p.connected.peers", node, n -> n.host().connectedPeers().size())
                .description("Peers with an open connection").register(registry);
        Gauge.builder("cosmicsync.p2p.routing.table.size", node, n -> n.kad().dht().routingTableSize())
                .description("Entries in the Kademlia routing table").register(registry);
        Gauge.builder("cosmicsync.p2p.gossip.topics", node, n -> n.gossipsub().router().topics().size())
                .description("Gossipsub topics this node subscribes to").register(registry);
        FunctionCounter.builder("cosmicsync.p2p.bytes", node, n -> n.host().bytesReceived()).tag("direction", "received")
                .description("Bytes on the wire over all p2p connections (encrypted, framed)").register(registry);
        FunctionCounter.builder("cosmicsync.p2p.bytes", node, n -> n.host().bytesSent()).tag("direction", "sent")
                .description("Bytes on the wire over all p2p connections (encrypted, framed)").register(registry);
        gossipCounter(registry, "delivered", "Gossip messages handed to local subscribers", GossipsubStats::delivered);
        gossipCounter(registry, "forwarded", "Gossip message copies sent to other peers", GossipsubStats::forwarded);
        dropped(registry, "duplicate", GossipsubStats::duplicates);
        dropped(registry, "unsigned", GossipsubStats::unsigned);
        dropped(registry, "invalid_signature", GossipsubStats::invalidSignature);
        dropped(registry, "malformed", GossipsubStats::malformed);
        dropped(registry, "rejected", GossipsubStats::rejected);
        syncCounter(registry, "batches.sent", "Anti-entropy batches sent to peers", SyncStats::batchesSent);
        syncCounter(registry, "batches.received", "Anti-entropy batches received from peers", SyncStats::batchesReceived);
        syncCounter(registry, "changes.published", "Local changes published on gossip topics", SyncStats::changesPublished);
        syncCounter(registry, "changes.applied", "Remote changes applied", SyncStats::changesApplied);
        syncCounter(registry, "changes.rejected", "Remote changes refused (bad signature, clock drift, full buffer)",
                SyncStats::changesRejected);
        syncCounter(registry, "input.malformed", "Undecodable sync messages and frames (stream closed)", SyncStats::malformedInputs);
        syncCounter(registry, "catch.ups", "Anti-entropy rounds completed as the asking side", SyncStats::catchUps);
    }

    private void syncCounter(MeterRegistry registry, String name, String description, ToLongFunction<SyncStats> value) {
        FunctionCounter.builder("cosmicsync.sync." + name, sync, s -> value.applyAsLong(s.get().stats()))
                .description(description).register(registry);
    }

    private void gossipCounter(MeterRegistry registry, String name, String description,
                               ToLongFunction<GossipsubStats> value) {
        FunctionCounter.builder("cosmicsync.p2p.gossip.messages." + name, node,
                        n -> value.applyAsLong(n.gossipsub().router().stats()))
                .description(description).register(registry);
    }

    private void dropped(MeterRegistry registry, String reason, ToLongFunction<GossipsubStats> value) {
        FunctionCounter.builder("cosmicsync.p2p.gossip.messages.dropped", node,
                        n -> value.applyAsLong(n.gossipsub().router().stats()))
                .tag("reason", reason).description("Gossip messages dropped, by reason").register(registry);
    }
}
