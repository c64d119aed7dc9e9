package io.cosmicsync.adapter.p2p.node;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.transport.Host;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node connected to its bootstrap peers: dials each one, and after a failed dial or a dropped
 * connection tries again after 1 s, 2 s, 4 s ... up to the configured maximum; a success resets the wait.
 */
final class BootstrapDialer {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapDialer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final Host host;
    private final ScheduledExecutorService scheduler;
    private final Duration maxBackoff;
    private volatile boolean stopped;

    BootstrapDialer(Host host, ScheduledExecutorService scheduler, Duration maxBackoff) {
        this.host = host;
        this.scheduler = scheduler;
        this.maxBackoff = maxBackoff;
    }

    /** Starts keeping every address in {@code peers} connected. */
    void start(List<Multiaddr> peers) {
        peers.forEach(peer -> dial(peer, FIRST_BACKOFF));
    }

    /** Stops redialing; connections already open stay until the host closes. */
    void stop() {
        stopped = true;
    }

    private void dial(Multiaddr peer, Duration backoff) {
        if (stopped) {
            return;
        }
        host.dial(peer).whenComplete((connection, failure) -> {
            if (failure != null) {
                LOG.info("bootstrap peer {} not reachable ({}); next attempt in {} s", peer, rootMessage(failure),
                        backoff.toSeconds());
                retryLater(peer, backoff);
                return;
            }
            LOG.info("connected to bootstrap peer {}", peer);
            connection.channel().closeFuture().addListener(f -> retryLater(peer, FIRST_BACKOFF));
        });
    }

    private void retryLater(Multiaddr peer, Duration backoff) {
        if (stopped || scheduler.isShutdown()) {
            return;
        }
        Duration next = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        scheduler.schedule(() -> dial(peer, next), backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
