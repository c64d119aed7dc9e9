package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a node takes part in the peer-to-peer network.
 *
 * <p>Throws {@link IllegalArgumentException} for a bootstrap address without {@code /p2p/<peer id>}, a
 * non-positive ping interval or a maximum backoff under 1 s.
 *
 * @param listen        TCP multiaddr to listen on, e.g. {@code /ip4/127.0.0.1/tcp/4001} (port 0: any free port)
 * @param bootstrap     peers to connect to and keep connected, each {@code .../tcp/<port>/p2p/<peer id>}
 * @param pingInterval  how often connected peers are pinged to measure round-trip time
 * @param maxBackoff    the longest wait between two attempts to reach a bootstrap peer (the first wait is 1 s,
 *                      doubling up to this)
 * @param agentVersion  what identify announces as agent, e.g. {@code cosmicsync/0.1.0}
 */
public record P2pSettings(Multiaddr listen, List<Multiaddr> bootstrap, Duration pingInterval, Duration maxBackoff,
                          String agentVersion) {

    public P2pSettings {
        Objects.requireNonNull(listen, "listen");
        bootstrap = List.copyOf(bootstrap);
        for (Multiaddr peer : bootstrap) {
            if (peer.valueOf(Protocol.P2P).isEmpty()) {
                throw new IllegalArgumentException("bootstrap address " + peer + " needs /p2p/<peer id>");
            }
        }
        if (pingInterval.isNegative() || pingInterval.isZero() || maxBackoff.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ping interval must be positive and the maximum backoff at least 1 s");
        }
        Objects.requireNonNull(agentVersion, "agentVersion");
    }
}
