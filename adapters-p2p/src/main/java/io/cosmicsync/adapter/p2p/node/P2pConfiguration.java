package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.multiformats.Protocol;
import io.cosmicsync.adapter.p2p.transport.HostConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link P2pNode} needs to start.
 *
 * @param keyDirectory      where the identity key lives ({@code identity.key}, created on first start)
 * @param listenAddress     TCP multiaddr to listen on, e.g. {@code /ip4/0.0.0.0/tcp/4001} (port 0: any free port)
 * @param bootstrapPeers    multiaddrs with {@code /p2p/<peer id>} to stay connected to
 * @param bootstrapInterval how often to redial bootstrap peers that are not connected
 * @param agentVersion      what identify tells peers about this software, e.g. {@code cosmicsync/0.1.0}
 * @param host              transport limits and timeouts
 */
public record P2pConfiguration(Path keyDirectory, Multiaddr listenAddress, List<Multiaddr> bootstrapPeers,
        Duration bootstrapInterval, String agentVersion, HostConfig host) {

    /** The port libp2p nodes conventionally listen on. */
    public static final int DEFAULT_PORT = 4001;

    public P2pConfiguration {
        Objects.requireNonNull(keyDirectory, "keyDirectory");
        Objects.requireNonNull(listenAddress, "listenAddress");
        bootstrapPeers = List.copyOf(bootstrapPeers);
        for (Multiaddr peer : bootstrapPeers) {
            if (peer.valueOf(Protocol.P2P).isEmpty()) {
                throw new IllegalArgumentException("bootstrap address " + peer + " needs /p2p/<peer id>");
            }
        }
        if (bootstrapInterval.isNegative() || bootstrapInterval.isZero()) {
            throw new IllegalArgumentException("bootstrapInterval must be positive");
        }
    }

    /** All interfaces on {@code port}, no bootstrap peers, redial every 30 s, default host limits. */
    public static P2pConfiguration defaults(Path keyDirectory, int port) {
        return new P2pConfiguration(keyDirectory, Multiaddr.parse("/ip4/0.0.0.0/tcp/" + port), List.of(),
                Duration.ofSeconds(30), "cosmicsync/0.1.0", HostConfig.defaults());
    }

    public P2pConfiguration withBootstrapPeers(List<Multiaddr> peers) {
        return new P2pConfiguration(keyDirectory, listenAddress, peers, bootstrapInterval, agentVersion, host);
    }
}
