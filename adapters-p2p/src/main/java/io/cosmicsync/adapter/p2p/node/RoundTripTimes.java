package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.ping.PingService;
import io.cosmicsync.adapter.p2p.transport.Connection;
import io.cosmicsync.adapter.p2p.transport.ConnectionListener;
import io.cosmicsync.adapter.p2p.transport.Host;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last ping round-trip time per connected peer: measured when a connection opens and again on every
 * {@link #pingAll()}, forgotten when the peer disconnects. A failed ping keeps the previous value.
 */
final class RoundTripTimes implements ConnectionListener {

    private final Host host;
    private final PingService ping;
    private final Map<PeerId, Duration> lastRtt = new ConcurrentHashMap<>();

    RoundTripTimes(Host host, PingService ping) {
        this.host = host;
        this.ping = ping;
    }

    @Override
    public void connected(Connection connection) {
        measure(connection.remotePeer());
    }

    @Override
    public void disconnected(Connection connection) {
        if (host.connection(connection.remotePeer()).isEmpty()) {
            lastRtt.remove(connection.remotePeer());
        }
    }

    /** Pings every connected peer once; results arrive asynchronously. */
    void pingAll() {
        host.connectedPeers().forEach(this::measure);
    }

    /** The last measured round-trip time to {@code peer}, if any ping to it completed. */
    Optional<Duration> of(PeerId peer) {
        return Optional.ofNullable(lastRtt.get(peer));
    }

    private void measure(PeerId peer) {
        ping.ping(peer).whenComplete((rtt, failure) -> {
            if (failure == null && host.connection(peer).isPresent()) {
                lastRtt.put(peer, rtt);
            }
        });
    }
}
