package io.cosmicsync.bootstrap.cli.trace;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cosmicsync trace replay FILE}: replays an editing trace (gzip or plain JSON, sequential or
 * concurrent) into collaborative texts and prints one JSON line, see {@link ReplayReport}. Starts neither
 * the database nor the node. Exit status: {@value #MATCHES} when every replica ends with the trace's
 * {@code endContent}, {@value #MISMATCH} when not, {@value #MALFORMED} (one line on stderr) when the file
 * cannot be read or is not a valid trace, 2 for a wrong command line, {@value #INTERNAL_ERROR} for a bug
 * (never 1, which a wrapper script must be able to trust).
 */
@Command(name = "replay",
        description = {"Replay an editing trace (.json.gz or .json) and check it ends at its endContent.",
                "Prints {\"trace\",\"kind\",\"ops\",\"matches\",\"millis\",\"encodedBytes\",\"heapBytes\"} as one JSON line."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the replay ends at endContent", "1:it does not", "2:wrong command line",
                "3:the file is unreadable or not a valid trace (message on stderr)", "4:an internal error (a bug)"})
public final class TraceReplayCommand implements Callable<Integer> {

    static final int MATCHES = 0;
    static final int MISMATCH = 1;
    static final int MALFORMED = 3;
    static final int INTERNAL_ERROR = 4;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The trace: gzip-compressed or plain JSON.")
    Path file;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "268435456",
            description = "Refuse traces larger than this after decompression (default: ${DEFAULT-VALUE}, 256 MiB).")
    long maxBytes;

    @Override
    public Integer call() {
        if (maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be at least 1, not " + maxBytes);
        }
        try {
            ParsedTrace parsed = TraceFiles.read(file, maxBytes);
            TraceReplay.Outcome outcome = TraceReplay.run(traceName(file), parsed);
            spec.commandLine().getOut().println(outcome.report().toJson());
            spec.commandLine().getOut().flush();
            if (outcome.mismatch() != null) {
                spec.commandLine().getErr().println("cosmicsync: " + file + ": " + outcome.mismatch());
                return MISMATCH;
            }
            return MATCHES;
        } catch (MalformedTraceException e) {
            return fail(MALFORMED, e.getMessage());
        } catch (OutOfMemoryError e) {
            return fail(MALFORMED, "the trace does not fit in the Java heap; lower --max-bytes or raise -Xmx (COSMICSYNC_JAVA_OPTS)");
        } catch (RuntimeException e) {
            return fail(INTERNAL_ERROR, "internal error, please report it: " + e);
        }
    }

    private int fail(int exitCode, String message) {
        spec.commandLine().getErr().println("cosmicsync: " + file + ": " + message);
        spec.commandLine().getErr().flush();
        return exitCode;
    }

    /** The file name without {@code .json.gz}, {@code .json} or {@code .gz}. */
    static String traceName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        for (String suffix : new String[] {".json.gz", ".json", ".gz"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
