package io.cosmicsync.adapter.p2p.testsupport;

import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A js-libp2p node with gossipsub and kad-dht (src/test/js-pubsub/pubsub-node.mjs) run as a child process and
 * driven line by line over stdin/stdout; its stderr goes to target/js-pubsub-node.log. Tests that use it are
 * skipped where node or the pinned npm packages are missing.
 */
public final class JsPubsubNode implements AutoCloseable {

    static final Path PROJECT = Path.of("src", "test", "js-pubsub");

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Multiaddr address;

    private JsPubsubNode(Process process) throws IOException, InterruptedException {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "js-pubsub-stdout");
        reader.setDaemon(true);
        reader.start();
        String ready = next(30);
        if (!ready.startsWith("READY ")) {
            throw new IllegalStateException("js node did not start: " + ready);
        }
        this.address = Multiaddr.parse(ready.substring("READY ".length()));
    }

    /** Starts the node, or skips the calling test when node or the npm packages are not installed. */
    public static JsPubsubNode start(String kadProtocol) throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(PROJECT.resolve("node_modules")),
                "src/test/js-pubsub/node_modules is missing: the Maven build runs npm ci there when node is on PATH");
        Files.createDirectories(Path.of("target"));
        ProcessBuilder builder = new ProcessBuilder("node", "pubsub-node.mjs")
                .directory(PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(new File("target/js-pubsub-node.log")));
        builder.environment().put("KAD_PROTOCOL", kadProtocol);
        Process process;
        try {
            process = builder.start();
        } catch (IOException noNode) {
            assumeTrue(false, "node is not on PATH");
            throw noNode;
        }
        try {
            return new JsPubsubNode(process);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** @return the node's listen address, with {@code /p2p/<id>} */
    public Multiaddr address() {
        return address;
    }

    /** Sends a command and returns the text after "OK "; throws with the node's message on "ERR ". */
    public synchronized String call(String command, int timeoutSeconds) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        String reply = next(timeoutSeconds);
        if (reply.startsWith("OK ")) {
            return reply.substring(3);
        }
        throw new IllegalStateException("js node refused '" + command + "': " + reply);
    }

    private String next(int timeoutSeconds) throws InterruptedException {
        String line = replies.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("js node did not answer within " + timeoutSeconds + " s");
        }
        return line;
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                replies.add(line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            call("quit", 5);
        } catch (IOException | RuntimeException ignored) {
            // it may have died already
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
