package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.gossipsub.GossipsubConfig;
import io.cosmicsync.adapter.p2p.gossipsub.GossipsubService;
import io.cosmicsync.adapter.p2p.identify.IdentifyMessage;
import io.cosmicsync.adapter.p2p.identify.IdentifyService;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.KadConfig;
import io.cosmicsync.adapter.p2p.kad.KadService;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.ping.PingService;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import io.cosmicsync.application.node.ConnectedPeer;
import io.cosmicsync.application.node.NetworkSnapshot;
import io.cosmicsync.application.node.port.out.LoadNetworkSnapshotPort;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * This node on the peer-to-peer network: a libp2p {@link Host} serving identify, ping, gossipsub
 * ({@code /meshsub/1.1.0}) and Kademlia ({@code <prefix>/kad/1.0.0}, server mode, refreshed periodically),
 * listening on the configured TCP address, keeping its bootstrap peers connected and measuring round-trip
 * times.
 *
 * <p>Start with {@link #start}; {@link #close()} stops redialing, closes every connection and the listener.
 * {@link #loadNetworkSnapshot()} reports what it runs — never more.
 */
public final class P2pNode implements LoadNetworkSnapshotPort, AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);

    private final Host host;
    private final IdentifyService identify;
    private final GossipsubService gossipsub;
    private final KadService kad;
    private final RoundTripTimes roundTripTimes;
    private final BootstrapDialer bootstrapDialer;
    private final ScheduledExecutorService scheduler;
    private final List<Multiaddr> listenAddrs;

    private P2pNode(Host host, IdentifyService identify, GossipsubService gossipsub, KadService kad,
                    RoundTripTimes roundTripTimes, BootstrapDialer bootstrapDialer, ScheduledExecutorService scheduler,
                    List<Multiaddr> listenAddrs) {
        this.host = host;
        this.identify = identify;
        this.gossipsub = gossipsub;
        this.kad = kad;
        this.roundTripTimes = roundTripTimes;
        this.bootstrapDialer = bootstrapDialer;
        this.scheduler = scheduler;
        this.listenAddrs = listenAddrs;
    }

    /**
     * Listens, starts identify and ping, and begins dialing the bootstrap peers (in the background).
     *
     * @throws IllegalStateException when the listen address cannot be bound (the message says why), or binding
     *                               takes longer than 10 s
     */
    public static P2pNode start(Ed25519KeyPair identity, P2pSettings settings) {
        Host host = new Host(identity, HostConfig.defaults());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cosmicsync-p2p-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        GossipsubService gossipsub = null;
        try {
            IdentifyService identify = IdentifyService.install(host, settings.agentVersion());
            gossipsub = GossipsubService.install(host, GossipsubConfig.defaults());
            KadService kad = KadService.install(host, identify, KadConfig.withPrefix(settings.kadPrefix()));
            kad.dht().scheduleRefresh(scheduler);
            RoundTripTimes roundTripTimes = new RoundTripTimes(host, PingService.install(host, PING_TIMEOUT));
            host.addConnectionListener(roundTripTimes);
            Multiaddr bound = host.start(settings.listen()).get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            BootstrapDialer dialer = new BootstrapDialer(host, scheduler, settings.maxBackoff());
            dialer.start(settings.bootstrap());
            long interval = settings.pingInterval().toMillis();
            scheduler.scheduleWithFixedDelay(roundTripTimes::pingAll, interval, interval, TimeUnit.MILLISECONDS);
            return new P2pNode(host, identify, gossipsub, kad, roundTripTimes, dialer, scheduler, List.of(bound));
        } catch (ExecutionException e) {
            closeQuietly(gossipsub, host, scheduler);
            Throwable cause = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
            throw new IllegalStateException("peer-to-peer listener " + settings.listen() + " failed: "
                    + cause.getMessage(), e);
        } catch (TimeoutException | InterruptedException | RuntimeException e) {
            closeQuietly(gossipsub, host, scheduler);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("peer-to-peer listener " + settings.listen() + " did not start: " + e, e);
        }
    }

    /** The libp2p host, for protocols that attach to it (the sync protocol). */
    public Host host() {
        return host;
    }

    /** Gossipsub: subscribe to topics and publish on them through its router. */
    public GossipsubService gossipsub() {
        return gossipsub;
    }

    /** The Kademlia DHT: routing table, bootstrap and FIND_NODE lookups. */
    public KadService kad() {
        return kad;
    }

    /** This node's peer id. */
    public PeerId peerId() {
        return host.peerId();
    }

    /** Full listen multiaddrs, each ending in {@code /p2p/<peer id>}. */
    public List<Multiaddr> listenAddrs() {
        return listenAddrs;
    }

    @Override
    public Optional<NetworkSnapshot> loadNetworkSnapshot() {
        List<ConnectedPeer> peers = host.connectedPeers().stream()
                .sorted(Comparator.comparing(PeerId::toString))
                .flatMap(peer -> host.connection(peer).stream().map(connection -> new ConnectedPeer(peer.toString(),
                        connection.remoteAddress().toString(),
                        identify.lastKnown(peer).map(IdentifyMessage::protocols).orElse(List.of()),
                        roundTripTimes.of(peer).map(Duration::toMillis).orElse(-1L))))
                .toList();
        return Optional.of(new NetworkSnapshot(peerId().toString(),
                listenAddrs.stream().map(Multiaddr::toString).toList(), peers, kad.dht().routingTableSize(),
                gossipsub.router().topics().stream().sorted().toList()));
    }

    /** Stops redialing and pinging, closes every connection and the listener. Idempotent. */
    @Override
    public void close() {
        bootstrapDialer.stop();
        closeQuietly(gossipsub, host, scheduler);
    }

    private static void closeQuietly(GossipsubService gossipsub, Host host, ScheduledExecutorService scheduler) {
        if (gossipsub != null) {
            gossipsub.close();
        }
        scheduler.shutdownNow();
        host.close();
    }
}
