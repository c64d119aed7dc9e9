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
 */
public record HostConfig(int ioThreads, Duration dialTimeout, Duration upgradeTimeout, YamuxConfig yamux) {

    public HostConfig {
        if (ioThreads < 1) {
            throw new IllegalArgumentException("at least one I/O thread");
        }
    }

    /** One I/O thread, 10 s to connect, 10 s to upgrade, default yamux limits. */
    public static HostConfig defaults() {
        return new HostConfig(1, Duration.ofSeconds(10), Duration.ofSeconds(10), YamuxConfig.defaults());
    }
}
