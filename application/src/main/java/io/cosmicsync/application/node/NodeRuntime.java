package io.cosmicsync.application.node;

import java.time.Instant;
import java.util.Objects;

/**
 * Facts about the running process that the launcher knows.
 *
 * @param version   the software version
 * @param startedAt when the process started
 */
public record NodeRuntime(String version, Instant startedAt) {

    public NodeRuntime {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
