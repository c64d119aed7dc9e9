package io.cosmicsync.application.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a node says about itself: identity, version, uptime and, when it runs, its network.
 *
 * @param nodeId    stable id of this node's store, created on its first start
 * @param version   the software version
 * @param startedAt when this process started serving
 * @param uptime    time since {@code startedAt}
 * @param network   the peer-to-peer stack's state, empty when it does not run (never invented)
 */
public record NodeStatus(String nodeId, String version, Instant startedAt, Duration uptime,
                         Optional<NetworkSnapshot> network) {

    public NodeStatus {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(network, "network");
    }
}
