package io.cosmicsync.application.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a node says about itself before any network detail.
 *
 * @param nodeId    stable id of this node's store, created on its first start
 * @param version   the software version
 * @param startedAt when this process started serving
 * @param uptime    time since {@code startedAt}
 */
public record NodeStatus(String nodeId, String version, Instant startedAt, Duration uptime) {

    public NodeStatus {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(uptime, "uptime");
    }
}
