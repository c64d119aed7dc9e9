package io.cosmicsync.adapter.web.rest.node;

import io.cosmicsync.application.node.NodeStatus;
import io.cosmicsync.application.node.port.in.GetNodeStatusUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Provider;

/** {@code GET /api/v1/network/status}: this node's identity and addresses; public, like a health check. */
@Controller("/api/v1/network")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "network")
public class NetworkStatusController {

    private final GetNodeStatusUseCase getNodeStatus;
    private final Provider<EmbeddedServer> server;

    public NetworkStatusController(GetNodeStatusUseCase getNodeStatus, Provider<EmbeddedServer> server) {
        this.getNodeStatus = getNodeStatus;
        this.server = server;
    }

    @Get("/status")
    @Operation(summary = "Node and network status")
    public NetworkStatusResponse networkStatus() {
        NodeStatus node = getNodeStatus.getNodeStatus();
        EmbeddedServer http = server.get();
        String httpAddress = "http://" + http.getHost() + ":" + http.getPort();
        return NetworkStatusResponse.from(node, httpAddress);
    }
}
