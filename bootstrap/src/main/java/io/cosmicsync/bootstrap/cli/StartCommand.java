package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.bootstrap.CosmicSyncNode;
import io.cosmicsync.bootstrap.NodeOptions;
import io.cosmicsync.bootstrap.wiring.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cosmicsync start}: runs a node in the foreground until Ctrl-C, SIGTERM or {@code cosmicsync stop}. */
@Command(name = "start", description = "Start a node in the foreground (Ctrl-C or `cosmicsync stop` ends it).")
public final class StartCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:COSMICSYNC_HTTP_PORT:-8080}",
            description = "HTTP port, 0 for any free port (env COSMICSYNC_HTTP_PORT; default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "${env:COSMICSYNC_BIND:-127.0.0.1}",
            description = "Interface the HTTP API listens on (env COSMICSYNC_BIND; default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--p2p-port", paramLabel = "PORT", defaultValue = "${env:COSMICSYNC_P2P_PORT:-4001}",
            description = "Peer-to-peer TCP port on the same interface, 0 for any free port "
                    + "(env COSMICSYNC_P2P_PORT; default: ${DEFAULT-VALUE}).")
    int p2pPort;

    @Option(names = "--bootstrap", paramLabel = "MULTIADDR",
            description = "A peer to connect to, e.g. /ip4/127.0.0.1/tcp/4001/p2p/12D3KooW...; repeatable "
                    + "(also cosmicsync.p2p.bootstrap in a configuration file).")
    List<String> bootstrap = new ArrayList<>();

    @Override
    public Integer call() {
        long began = System.nanoTime();
        NodeOptions options = new NodeOptions(dataDir.path(), bind, httpPort, p2pPort, bootstrap);
        CosmicSyncNode node;
        try {
            node = CosmicSyncNode.start(options, System.getenv());
        } catch (RuntimeException e) {
            System.err.println("cosmicsync: the node did not start: " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("CosmicSync node stopping...");
            node.close();
            System.out.println("CosmicSync node stopped.");
            stopped.countDown();
        }, "cosmicsync-shutdown"));
        System.out.printf("CosmicSync node %s started in %.1f s%n", Versions.current(), (System.nanoTime() - began) / 1e9);
        System.out.println("  HTTP API:  " + node.httpAddress() + "/api/v1   (docs: " + node.httpAddress() + "/swagger-ui/)");
        node.p2pAddresses().forEach(address -> System.out.println("  p2p:       " + address));
        System.out.println("  data dir:  " + options.dataDirectory());
        System.out.println("  database:  " + (node.usesEmbeddedDatabase() ? "embedded PostgreSQL, " : "external PostgreSQL, ")
                + node.databaseUrl());
        System.out.println("  stop with Ctrl-C or: ./cosmicsync stop --data-dir " + options.dataDirectory());
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The innermost cause's message: "Address already in use", not the framework's wrapping. */
    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        String message = error.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return error instanceof IllegalStateException ? error.getMessage() : message;
    }
}
