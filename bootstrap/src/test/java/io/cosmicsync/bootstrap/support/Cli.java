package io.cosmicsync.bootstrap.support;

import io.cosmicsync.bootstrap.cli.CosmicSyncCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code cosmicsync} commands in this JVM as a user would, capturing what they print. */
public final class Cli {

    private Cli() {
    }

    /** A finished command: exit status, standard output, standard error. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code cosmicsync ARGS...} (one at a time: standard output and error are swapped while it runs). */
    public static synchronized Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new CosmicSyncCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
