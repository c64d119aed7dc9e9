package io.cosmicsync.bootstrap;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to run a node.
 *
 * @param dataDirectory where the node keeps its files (database, keys, node file); created if missing
 * @param bindAddress   the interface the HTTP API listens on, e.g. {@code 127.0.0.1}
 * @param httpPort      the HTTP port; 0 picks a free one
 * @param p2pPort       the peer-to-peer TCP port (on the same interface); 0 picks a free one
 * @param bootstrap     multiaddrs of peers to connect to, each ending in {@code /p2p/<peer id>}
 */
public record NodeOptions(Path dataDirectory, String bindAddress, int httpPort, int p2pPort, List<String> bootstrap) {

    public NodeOptions {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("HTTP port must be 0 to 65535, was " + httpPort);
        }
        if (p2pPort < 0 || p2pPort > 65_535) {
            throw new IllegalArgumentException("peer-to-peer port must be 0 to 65535, was " + p2pPort);
        }
        bootstrap = List.copyOf(bootstrap);
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }
}
