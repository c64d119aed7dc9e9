package io.cosmicsync.adapter.p2p.interop;

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

/**
 * A js-libp2p node (src/test/js/node.mjs) run as a child process and driven line by line over stdin/stdout.
 * Its stderr goes to target/js-libp2p-node.log.
 */
final class JsLibp2pNode implements AutoCloseable {

    static final Path PROJECT = Path.of("src", "test", "js");

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Multiaddr address;

    private JsLibp2pNode(Process process) throws IOException, InterruptedException {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "js-libp2p-stdout");
        reader.setDaemon(true);
        reader.start();
        String ready = next(30);
        if (!ready.startsWith("READY ")) {
            throw new IllegalStateException("js node did not start: " + ready);
        }
        this.address = Multiaddr.parse(ready.substring("READY ".length()));
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
        Files.createDirectories(Path.of("target"));
        Process process = new ProcessBuilder("node", "node.mjs")
                .directory(PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(new File("target/js-libp2p-node.log")))
                .start();
        try {
            return new JsLibp2pNode(process);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    Multiaddr address() {
        return address;
    }

    /** Sends a command and returns the text after "OK "; throws with the node's message on "ERR ". */
    String call(String command, int timeoutSeconds) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        String reply = next(timeoutSeconds);
        if (!reply.startsWith("OK ")) {
            throw new IllegalStateException("js node answered '" + command + "' with: " + reply);
        }
        return reply.substring(3);
    }

    private String next(int timeoutSeconds) throws InterruptedException {
        String line = replies.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("js node gave no answer within " + timeoutSeconds + " s (see "
                    + "target/js-libp2p-node.log)");
        }
        return line;
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("READY ") || line.startsWith("OK ") || line.startsWith("ERR ")) {
                    replies.add(line);
                }
            }
        } catch (IOException e) {
            replies.add("ERR stdout closed: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
