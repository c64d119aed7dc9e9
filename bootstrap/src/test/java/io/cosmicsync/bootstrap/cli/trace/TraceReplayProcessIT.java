package io.cosmicsync.bootstrap.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the root launcher ({@code ./cosmicsync trace replay FILE}) and the packaged jar:
 * exit statuses, one JSON line on stdout, one line on stderr, and no database or data directory.
 */
class TraceReplayProcessIT {

    private static final Path ROOT = Path.of(System.getProperty("cosmicsync.jar", "bootstrap/target/cosmicsync.jar"))
            .toAbsolutePath().getParent().getParent().getParent();

    @TempDir
    Path workDir;

    @TempDir
    Path traceDir;

    private record Result(int exitCode, String out, String err) {
    }

    @Test
    void the_launcher_replays_a_trace_without_starting_the_database() throws Exception {
        Path file = TraceCli.gzip(traceDir, "tiny.json.gz", "{\"endContent\":\"hi\",\"txns\":[{\"patches\":[[0,0,\"hi\"]]}]}");
        Result result = launch("trace", "replay", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("{\"trace\":\"tiny\",\"kind\":\"sequential\",\"ops\":1,\"matches\":true,");
        assertThat(result.out().strip()).doesNotContain("\n");
        try (Stream<Path> left = Files.list(workDir)) {
            assertThat(left).as("files created in the working directory").isEmpty();
        }
    }

    @Test
    void the_launcher_passes_the_exit_statuses_through() throws Exception {
        Path wrong = TraceCli.json(workDir, "wrong.json", "{\"endContent\":\"ho\",\"txns\":[{\"patches\":[[0,0,\"hi\"]]}]}");
        assertThat(launch("trace", "replay", wrong.toString()).exitCode()).isEqualTo(TraceReplayCommand.MISMATCH);
        Path broken = TraceCli.json(workDir, "broken.json", "{\"endContent\":\"\",\"txns\":[{\"patches\":[[-3,0,\"\"]]}]}");
        Result result = launch("trace", "replay", broken.toString());
        assertThat(result.exitCode()).isEqualTo(TraceReplayCommand.MALFORMED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("cosmicsync: " + broken + ": txns[0].patches[0][0] (position) is -3, but must not be negative\n");
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(ROOT.resolve("cosmicsync").toString()),
                Stream.of(args)).toList()).directory(workDir.toFile());
        builder.environment().put("COSMICSYNC_SKIP_BUILD", "1");
        Path err = Files.createTempFile("trace-replay", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Result(process.exitValue(), out, stderr);
    }
}
