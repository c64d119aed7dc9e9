package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.identify.IdentifyService;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.IdentityKeyStore;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import io.cosmicsync.adapter.p2p.ping.PingService;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.TransportException;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running libp2p node: identity from the key store, a {@link Host} listening on the configured address,
 * identify and ping served, and bootstrap peers dialed at start and redialed while disconnected. The entry
 * point for wiring: {@code P2pNode.start(config)} ... {@code node.close()}. More protocols (gossipsub, Kademlia,
 * sync) register on {@link #host()}.
 *
 * <p>{@link #start} throws {@link TransportException} when it cannot listen
 * and {@link io.cosmicsync.adapter.p2p.identity.InvalidKeyException} when the key file is unusable; bootstrap
 * peers that cannot be reached are only logged.
 */
public final class P2pNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(P2pNode.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final P2pConfiguration config;
    private final Host host;
    private final IdentifyService identify;
    private final PingService ping;
    private final ScheduledExecutorService scheduler;

    private P2pNode(P2pConfiguration config, Host host) {
        this.config = config;
        this.host = host;
        this.identify = IdentifyService.install(host, config.agentVersion());
        this.ping = PingService.install(host, Duration.ofSeconds(10));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "p2p-bootstrap");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Loads (or creates) the identity, starts listening, and begins dialing the bootstrap peers. */
    public static P2pNode start(P2pConfiguration config) {
        Ed25519KeyPair identity = new IdentityKeyStore(config.keyDirectory()).loadOrCreate();
        P2pNode node = new P2pNode(config, new Host(identity, config.host()));
        try {
            node.host.start(config.listenAddress()).get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            node.close();
            throw new TransportException("cannot listen on " + config.listenAddress(), e);
        }
        if (!config.bootstrapPeers().isEmpty()) {
            long every = config.bootstrapInterval().toMillis();
            node.scheduler.scheduleWithFixedDelay(node::dialBootstrapPeers, 0, every, TimeUnit.MILLISECONDS);
        }
        LOG.info("p2p node {} listening on {}", identity.peerId(), node.host.listenAddresses());
        return node;
    }

    private void dialBootstrapPeers() {
        for (Multiaddr address : config.bootstrapPeers()) {
            PeerId peer = PeerId.parse(address.valueOf(Protocol.P2P).orElseThrow());
            if (!peer.equals(host.peerId()) && !host.connectedPeers().contains(peer)) {
                host.dial(address).whenComplete((c, e) -> {
                    if (e != null) {
                        LOG.debug("bootstrap peer {} unreachable: {}", address, e.toString());
                    }
                });
            }
        }
    }

    public Host host() {
        return host;
    }

    public PeerId peerId() {
        return host.peerId();
    }

    public IdentifyService identify() {
        return identify;
    }

    public PingService ping() {
        return ping;
    }

    public P2pStatus status() {
        return new P2pStatus(host.peerId(),
                host.listenAddresses().stream().map(a -> a.with(Multiaddr.parse("/p2p/" + host.peerId()))).toList(),
                host.connectedPeers().stream().sorted(Comparator.comparing(PeerId::toString)).toList());
    }

    /** Stops dialing, closes every connection and the listener. Idempotent. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        host.close();
    }
}
