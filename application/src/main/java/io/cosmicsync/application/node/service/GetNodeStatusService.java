package io.cosmicsync.application.node.service;

import io.cosmicsync.application.node.NodeRuntime;
import io.cosmicsync.application.node.NodeStatus;
import io.cosmicsync.application.node.port.in.GetNodeStatusUseCase;
import io.cosmicsync.application.node.port.out.LoadNetworkSnapshotPort;
import io.cosmicsync.application.node.port.out.LoadNodeIdPort;
import java.time.Clock;
import java.time.Duration;

/** Combines the stored node id with the process's version, start time and network state. */
public final class GetNodeStatusService implements GetNodeStatusUseCase {

    private final LoadNodeIdPort loadNodeId;
    private final NodeRuntime runtime;
    private final LoadNetworkSnapshotPort loadNetwork;
    private final Clock clock;

    public GetNodeStatusService(LoadNodeIdPort loadNodeId, NodeRuntime runtime, LoadNetworkSnapshotPort loadNetwork,
                                Clock clock) {
        this.loadNodeId = loadNodeId;
        this.runtime = runtime;
        this.loadNetwork = loadNetwork;
        this.clock = clock;
    }

    @Override
    public NodeStatus getNodeStatus() {
        return new NodeStatus(loadNodeId.loadNodeId(), runtime.version(), runtime.startedAt(),
                Duration.between(runtime.startedAt(), clock.instant()), loadNetwork.loadNetworkSnapshot());
    }
}
