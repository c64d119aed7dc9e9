package io.cosmicsync.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs the packaged node the way the README says: {@code ./cosmicsync ...} from the repository root. */
public final class NodeLauncher {

    private static final Path ROOT = Path.of(System.getProperty("cosmicsync.jar", "bootstrap/target/cosmicsync.jar"))
            .toAbsolutePath().getParent().getParent().getParent();

    /** Generous: a first start runs initdb and every migration, which takes minutes on a busy 2-core machine. */
    static final int WAIT_SECONDS = 180;

    private NodeLauncher() {
    }

    /** What a command that ran to its end printed (stdout and stderr together), and its exit code. */
    public record Result(int exitCode, String output) {
    }

    /** {@code ./cosmicsync args...} against the built jar, on the embedded database unless told otherwise. */
    public static ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("cosmicsync").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("COSMICSYNC_SKIP_BUILD", "1");
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        return builder;
    }

    /** Runs a command to its end (at most 90 s). */
    public static Result run(String... args) throws Exception {
        Process process = launcher(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** A TCP port free on the loopback interface at the time of the call. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Reads the node's output until a line containing {@code marker} (at most {@value #WAIT_SECONDS} s) and returns that line.
     * Reading goes on in the background, so the node never blocks on a full pipe.
     */
    public static String waitForLine(Process process, String marker) throws InterruptedException {
        return waitForLines(process, marker, 1).get(0);
    }

    /** Where a node's output is kept for a failed test's diagnosis: target/node-logs/node-PID.log. */
    private static Writer openLog(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        return Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    }

    /** Like {@link #waitForLine}, collecting the first {@code count} lines that contain {@code marker}. */
    public static List<String> waitForLines(Process process, String marker, int count) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Path log = Path.of("target", "node-logs", "node-" + process.pid() + ".log");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 Writer copy = openLog(log)) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    copy.write(line + System.lineSeparator());
                    copy.flush();
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        StringBuilder seen = new StringBuilder();
        List<String> found = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (line.contains(marker)) {
                    found.add(line);
                    if (found.size() == count) {
                        return found;
                    }
                }
            }
        }
        throw new AssertionError("the node did not print '" + marker + "' within " + WAIT_SECONDS + " s (whole output: " + log + "); it printed:\n" + seen);
    }
}
