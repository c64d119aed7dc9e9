package io.cosmicsync.bootstrap.cli.trace;

import io.cosmicsync.bootstrap.cli.CosmicSyncCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;

/** Runs {@code cosmicsync ...} in-process, capturing stdout and stderr; writes trace files for tests. */
final class TraceCli {

    private TraceCli() {
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CosmicSyncCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static Path json(Path dir, String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path gzip(Path dir, String name, String json) {
        return write(dir, name, gzipped(json.getBytes(StandardCharsets.UTF_8)));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzipped(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The directory shared/data/editing-traces found by walking up from the working directory, or null. */
    static Path sharedTraces() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/editing-traces");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
