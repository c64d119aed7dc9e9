package io.cosmicsync.bootstrap.cli.trace;

import io.cosmicsync.application.sync.trace.ReplayResult;
import io.cosmicsync.application.sync.trace.TraceReplayer;
import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextCodec;
import io.cosmicsync.domain.text.TextException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Replays a {@link ParsedTrace} into collaborative texts with {@link TraceReplayer} and measures it:
 * replay time, state-encoding size, retained heap. A trace that breaks during the replay (a position
 * past the end, an agent whose transactions do not form a chain) throws {@link MalformedTraceException}.
 */
final class TraceReplay {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private TraceReplay() {
    }

    /** The outcome, and when it does not match, a one-line description of the first difference. */
    record Outcome(ReplayReport report, String mismatch) {
    }

    static Outcome run(String name, ParsedTrace parsed) {
        long heapBefore = usedHeapAfterGc();
        long began = System.nanoTime();
        ReplayResult<CollaborativeText> result;
        try {
            result = TraceReplayer.replay(parsed.trace(), new CheckedTextTarget(parsed.syntheticTransactions()));
        } catch (IllegalArgumentException | TextException e) {
            throw new MalformedTraceException("the trace cannot be replayed: " + e.getMessage());
        }
        double millis = (System.nanoTime() - began) / 1e6;
        long heapBytes = Math.max(0, usedHeapAfterGc() - heapBefore);
        int encodedBytes = TextCodec.encodeState(result.replicas().get(0)).length;
        String mismatch = result.matches() ? null : firstMismatch(result, parsed.trace().endContent());
        return new Outcome(new ReplayReport(name, parsed.kind(), parsed.ops(), result.matches(), millis, encodedBytes,
                heapBytes), mismatch);
    }

    private static String firstMismatch(ReplayResult<CollaborativeText> result, String expected) {
        for (int r = 0; r < result.replicas().size(); r++) {
            String actual = result.replicas().get(r).content();
            if (!actual.equals(expected)) {
                int at = 0;
                while (at < actual.length() && at < expected.length() && actual.charAt(at) == expected.charAt(at)) {
                    at++;
                }
                return "replica " + r + " ends with " + actual.codePointCount(0, actual.length())
                        + " code points, endContent has " + expected.codePointCount(0, expected.length())
                        + "; they first differ at code point " + actual.codePointCount(0, at);
            }
        }
        return "a replica differs from endContent";
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
