package io.cosmicsync.application.node.port.out;

/** The stable id of this node's store: created once (a UUID) and kept with the data. */
public interface LoadNodeIdPort {

    String loadNodeId();
}
