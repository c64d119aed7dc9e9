package io.cosmicsync.adapter.p2p.transport;

import io.cosmicsync.adapter.p2p.yamux.YamuxConfig;
import java.time.Duration;

/**
 * Settings of a {@link Host}.
 *
 * @param ioThreads      Netty event-loop threads for all connections
 * @param dialTimeout    TCP connect timeout
 * @param upgradeTimeout time from TCP connect to a ready yamux session (multistream, Noise, multistream)
 * @param yamux          per-connection multiplexer limits
 * @param maxInbound     accepted connections open at once (upgrading or upgraded); more are closed on arrival
 */
public record HostConfig(int ioThreads, Duration dialTimeout, Duration upgradeTimeout, YamuxConfig yamux,
        int maxInbound) {

    public HostConfig {
        if (ioThreads < 1 || maxInbound < 1) {
            throw new IllegalArgumentException("at least one I/O thread and one inbound connection");
        }
    }

    /** One I/O thread, 10 s to connect, 10 s to upgrade, default yamux limits, 256 inbound connections. */
    public static HostConfig defaults() {
        return new HostConfig(1, Duration.ofSeconds(10), Duration.ofSeconds(10), YamuxConfig.defaults(), 256);
    }
}
