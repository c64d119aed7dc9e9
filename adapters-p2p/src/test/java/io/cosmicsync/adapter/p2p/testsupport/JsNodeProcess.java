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
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A js-libp2p script run as a child process and driven line by line: it prints {@code READY <multiaddr>} once
 * listening, then answers each command line on stdin with {@code OK <text>} or {@code ERR <message>};
 * {@code quit} ends it. Its stderr goes to {@code target/<log name>}. Shared by every js interop helper.
 */
public final class JsNodeProcess implements AutoCloseable {

    private final Process process;
    private final String logName;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Multiaddr address;

    private JsNodeProcess(Process process, String logName) throws InterruptedException {
        this.process = process;
        this.logName = logName;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "js-node-stdout");
        reader.setDaemon(true);
        reader.start();
        String ready = next(30);
        if (!ready.startsWith("READY ")) {
            throw new IllegalStateException("js node did not start: " + ready);
        }
        this.address = Multiaddr.parse(ready.substring("READY ".length()));
    }

    /**
     * Runs {@code node <script>} in {@code project} with extra environment variables and waits (30 s at most)
     * for its READY line; the process is killed when it does not get there.
     *
     * @throws IOException when {@code node} cannot be started
     */
    public static JsNodeProcess start(Path project, String script, Map<String, String> environment, String logName)
            throws IOException, InterruptedException {
        Files.createDirectories(Path.of("target"));
        ProcessBuilder builder = new ProcessBuilder("node", script)
                .directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(new File("target", logName)));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            return new JsNodeProcess(process, logName);
        } catch (InterruptedException | RuntimeException e) {
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
        if (!reply.startsWith("OK ")) {
            throw new IllegalStateException("js node answered '" + command + "' with: " + reply);
        }
        return reply.substring(3);
    }

    private String next(int timeoutSeconds) throws InterruptedException {
        String line = replies.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("js node gave no answer within " + timeoutSeconds + " s (see target/"
                    + logName + ")");
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

    /** Asks the node to quit, and kills it when it has not within 5 s. */
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
