package io.cosmicsync.adapter.p2p.testsupport;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A js-libp2p node with gossipsub and kad-dht (src/test/js-pubsub/pubsub-node.mjs) run as a child process and
 * driven line by line over stdin/stdout; its stderr goes to target/js-pubsub-node.log. Tests that use it are
 * skipped where node or the pinned npm packages are missing.
 */
public final class JsPubsubNode implements AutoCloseable {

    static final Path PROJECT = Path.of("src", "test", "js-pubsub");

    private final JsNodeProcess process;

    private JsPubsubNode(JsNodeProcess process) {
        this.process = process;
    }

    /** Starts the node, or skips the calling test when node or the npm packages are not installed. */
    public static JsPubsubNode start(String kadProtocol) throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(PROJECT.resolve("node_modules")),
                "src/test/js-pubsub/node_modules is missing: the Maven build runs npm ci there when node is on PATH");
        try {
            return new JsPubsubNode(JsNodeProcess.start(PROJECT, "pubsub-node.mjs", Map.of("KAD_PROTOCOL", kadProtocol),
                    "js-pubsub-node.log"));
        } catch (IOException noNode) {
            assumeTrue(false, "node is not on PATH");
            throw noNode;
        }
    }

    /** @return the node's listen address, with {@code /p2p/<id>} */
    public Multiaddr address() {
        return process.address();
    }

    /** Sends a command and returns the text after "OK "; throws with the node's message on "ERR ". */
    public String call(String command, int timeoutSeconds) throws IOException, InterruptedException {
        return process.call(command, timeoutSeconds);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
