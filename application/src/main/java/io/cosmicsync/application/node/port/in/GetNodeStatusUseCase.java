package io.cosmicsync.application.node.port.in;

import io.cosmicsync.application.node.NodeStatus;

/** Reports this node's id, version and uptime. */
public interface GetNodeStatusUseCase {

    NodeStatus getNodeStatus();
}
