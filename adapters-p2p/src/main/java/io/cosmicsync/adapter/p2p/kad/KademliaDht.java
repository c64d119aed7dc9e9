package io.cosmicsync.adapter.p2p.kad;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Kademlia peer routing for this node ({@code <prefix>/kad/1.0.0}): a k-bucket {@link RoutingTable}, iterative
 * FIND_NODE lookups through a {@link KadTransport}, bootstrap from a list of known peers, periodic refresh
 * (a lookup of a random peer id), and the server side, which answers FIND_NODE with the k closest peers it
 * knows (exactly one when it knows the peer asked for) and PING with PING.
 *
 * <p>Peers that answer a lookup enter the routing table; peers that fail leave it. Value and provider records
 * (PUT_VALUE, GET_VALUE, ADD_PROVIDER, GET_PROVIDERS) are not served: {@link #handleRequest} returns empty and
 * the stream adapter resets the stream. Thread-safe.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md
 */
public final class KademliaDht {

    private static final Logger LOG = LoggerFactory.getLogger(KademliaDht.class);

    private final PeerId localPeer;
    private final Supplier<List<Multiaddr>> localAddrs;
    private final KadConfig config;
    private final KadTransport transport;
    private final RoutingTable table;

    /**
     * @param localPeer  this node's peer id
     * @param localAddrs the addresses this node listens on, returned when asked for itself
     * @param config     k, α, protocol prefix, limits
     * @param transport  how requests reach other peers
     */
    public KademliaDht(PeerId localPeer, Supplier<List<Multiaddr>> localAddrs, KadConfig config,
                       KadTransport transport) {
        this.localPeer = localPeer;
        this.localAddrs = localAddrs;
        this.config = config;
        this.transport = transport;
        this.table = new RoutingTable(localPeer, config.k());
    }

    public KadConfig config() {
        return config;
    }

    public PeerId localPeer() {
        return localPeer;
    }

    public RoutingTable routingTable() {
        return table;
    }

    public int routingTableSize() {
        return table.size();
    }

    /** Adds a peer learned elsewhere (identify, an inbound connection that speaks kad). */
    public RoutingTable.AddResult addPeer(KadPeer peer) {
        return table.add(peer);
    }

    /**
     * Seeds the routing table with known peers and looks up this node's own id, which fills the buckets near
     * it and announces it to the peers closest to it.
     *
     * @return the k closest peers to this node found by the lookup
     */
    public CompletableFuture<List<KadPeer>> bootstrap(List<KadPeer> bootstrapPeers) {
        bootstrapPeers.forEach(table::add);
        return lookup(localPeer.toBytes());
    }

    /** @return the k peers closest to the given peer id in the network, closest first */
    public CompletableFuture<List<KadPeer>> findNode(PeerId peer) {
        return lookup(peer.toBytes());
    }

    /** @return the k peers closest to arbitrary key bytes, closest first */
    public CompletableFuture<List<KadPeer>> lookup(byte[] key) {
        PeerLookup lookup = new PeerLookup(key, localPeer, config, transport, table::add, table::remove);
        return lookup.start(table.closest(KadKey.of(key), config.k()));
    }

    /** Refreshes the routing table: a lookup of a random peer id, then of this node's own id. */
    public CompletableFuture<Integer> refresh() {
        return findNode(Ed25519KeyPair.generate().peerId())
                .thenCompose(random -> lookup(localPeer.toBytes()))
                .thenApply(self -> table.size());
    }

    /** Runs {@link #refresh()} every {@link KadConfig#refreshInterval()} until the returned future is cancelled. */
    public ScheduledFuture<?> scheduleRefresh(ScheduledExecutorService scheduler) {
        long period = config.refreshInterval().toMillis();
        return scheduler.scheduleWithFixedDelay(() -> refresh().whenComplete((size, error) -> {
            if (error != null) {
                LOG.debug("routing table refresh failed", error);
            }
        }), period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Server mode: answers one request from a peer.
     *
     * @return the answer, or empty for a request type this node does not serve
     */
    public Optional<KadProtos.Message> handleRequest(PeerId from, KadProtos.Message request) {
        switch (request.getType()) {
            case PING -> {
                return Optional.of(KadProtos.Message.newBuilder().setType(KadProtos.Message.MessageType.PING).build());
            }
            case FIND_NODE -> {
                byte[] key = request.getKey().toByteArray();
                if (Arrays.equals(key, localPeer.toBytes())) {
                    return Optional.of(KadMessages.closerPeers(request, List.of(new KadPeer(localPeer, localAddrs.get()))));
                }
                Optional<KadPeer> exact = exactMatch(key);
                if (exact.isPresent()) {
                    return Optional.of(KadMessages.closerPeers(request, List.of(exact.get())));
                }
                List<KadPeer> closest = table.closest(KadKey.of(key), config.k() + 1).stream()
                        .filter(peer -> !peer.id().equals(from)).limit(config.k()).toList();
                return Optional.of(KadMessages.closerPeers(request, closest));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<KadPeer> exactMatch(byte[] key) {
        try {
            return table.find(PeerId.fromBytes(key));
        } catch (RuntimeException notAPeerId) {
            return Optional.empty();
        }
    }
}
