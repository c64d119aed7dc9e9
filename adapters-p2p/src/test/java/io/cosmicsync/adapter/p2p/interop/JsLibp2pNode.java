package io.cosmicsync.adapter.p2p.interop;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.testsupport.JsNodeProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A js-libp2p node (src/test/js/node.mjs) run as a child process and driven line by line over stdin/stdout.
 * Its stderr goes to target/js-libp2p-node.log.
 */
final class JsLibp2pNode implements AutoCloseable {

    static final Path PROJECT = Path.of("src", "test", "js");

    private final JsNodeProcess process;

    private JsLibp2pNode(JsNodeProcess process) {
        this.process = process;
    }

    /** True when {@code node} can be run. */
    static boolean nodeIsOnPath() {
        try {
            Process probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static JsLibp2pNode start() throws IOException, InterruptedException {
        if (!Files.isDirectory(PROJECT.resolve("node_modules"))) {
            throw new IllegalStateException("src/test/js/node_modules is missing: run the Maven build "
                    + "(generate-test-resources runs npm ci) or `npm ci` in src/test/js");
        }
        return new JsLibp2pNode(JsNodeProcess.start(PROJECT, "node.mjs", Map.of(), "js-libp2p-node.log"));
    }

    Multiaddr address() {
        return process.address();
    }

    /** Sends a command and returns the text after "OK "; throws with the node's message on "ERR ". */
    String call(String command, int timeoutSeconds) throws IOException, InterruptedException {
        return process.call(command, timeoutSeconds);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
