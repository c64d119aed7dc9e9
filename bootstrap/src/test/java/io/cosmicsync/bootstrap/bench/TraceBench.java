package io.cosmicsync.bootstrap.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.bootstrap.cli.trace.MalformedTraceException;
import io.cosmicsync.bootstrap.cli.trace.ParsedTrace;
import io.cosmicsync.bootstrap.cli.trace.TraceFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Side-by-side editing-trace benchmark of one implementation per JVM (run by bench/trace-bench.sh):
 * {@code TraceBench IMPL TRACE_FILE [RUNS=10] [WARMUPS=3]} with IMPL {@code cosmicsync}, {@code automerge}
 * (all edits in one change) or {@code automerge-change-per-edit} (see {@link AutomergeSubject}).
 * Applies every edit of a sequential trace to a new document WARMUPS + RUNS times, saves it with its
 * history and loads it back WARMUPS + RUNS times (only the last RUNS of each are timed), and prints one
 * JSON line:
 * {@code {"impl","trace","ops","runs","matches","applyMillisMedian","applyMillisMin","applyMillisFirst",
 * "applyCpuMillisMedian","encodedBytes","loadMillisMedian","peakHeapBytes","retainedHeapBytes","allocatedBytes","peakRssBytes"}}.
 * Times are wall clock in milliseconds, except {@code applyCpuMillisMedian}: CPU time of the whole JVM
 * (GC and JIT threads included) during an apply, steadier than wall clock on a shared machine; {@code peakHeapBytes} is the sum of the heap pools' peaks during
 * one apply, less the heap in use before it; {@code retainedHeapBytes} the heap the finished document
 * keeps; {@code allocatedBytes} the heap allocated by one apply; {@code peakRssBytes} the process's
 * resident high-water mark (includes native memory, where Automerge keeps its documents).
 */
public final class TraceBench {

    private TraceBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: TraceBench cosmicsync|automerge|automerge-change-per-edit TRACE_FILE [RUNS=10] [WARMUPS=3]");
            System.exit(2);
        }
        TextSubject<?> subject = switch (args[0]) {
            case "cosmicsync" -> new CosmicSyncSubject();
            case "automerge" -> new AutomergeSubject(false);
            case "automerge-change-per-edit" -> new AutomergeSubject(true);
            default -> {
                System.err.println("unknown implementation " + args[0] + "; use cosmicsync, automerge or automerge-change-per-edit");
                System.exit(2);
                yield null;
            }
        };
        ParsedTrace parsed;
        try {
            parsed = TraceFiles.read(Path.of(args[1]), Long.MAX_VALUE);
        } catch (MalformedTraceException e) {
            System.err.println(args[1] + ": " + e.getMessage());
            System.exit(3);
            return;
        }
        if (parsed.trace().concurrent()) {
            System.err.println(args[1] + ": the benchmark replays sequential traces only");
            System.exit(2);
        }
        int runs = count(args, 2, 10, 1);
        int warmups = count(args, 3, 3, 0);
        String name = Path.of(args[1]).getFileName().toString().replaceFirst("\\.json(\\.gz)?$", "");
        System.out.println(json(subject.name(), name, parsed.ops(), runs, measure(subject, parsed.trace(), runs, warmups)));
    }

    private static int count(String[] args, int index, int fallback, int min) {
        if (args.length <= index) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("expected a whole number of at least " + min + ", not " + args[index]);
        System.exit(2);
        return fallback;
    }

    /** What one implementation measured. */
    record Result(boolean matches, double[] applyMillis, double[] applyCpuMillis, double firstApplyMillis, int encodedBytes,
                  double[] loadMillis,
                  long peakHeapBytes, long retainedHeapBytes, long allocatedBytes, long peakRssBytes) {
    }

    static <D> Result measure(TextSubject<D> subject, EditingTrace trace, int runs, int warmups) {
        boolean matches = true;
        double first = 0;
        double[] apply = new double[runs];
        double[] applyCpu = new double[runs];
        long peakHeap = 0;
        long allocated = 0;
        for (int i = 0; i < warmups + runs; i++) {
            long before = Memory.usedHeapAfterGc();
            Memory.resetHeapPeaks();
            long allocatedBefore = Memory.allocatedByThisThread();
            long cpuBefore = Memory.processCpuNanos();
            long began = System.nanoTime();
            D document = subject.apply(trace);
            double millis = (System.nanoTime() - began) / 1e6;
            double cpuMillis = (Memory.processCpuNanos() - cpuBefore) / 1e6;
            allocated = Memory.allocatedByThisThread() - allocatedBefore;
            peakHeap = Math.max(peakHeap, Memory.heapPeak() - before);
            first = i == 0 ? millis : first;
            if (i >= warmups) {
                apply[i - warmups] = millis;
                applyCpu[i - warmups] = cpuMillis;
            }
            matches &= subject.content(document).equals(trace.endContent());
            subject.free(document);
        }
        long baseline = Memory.usedHeapAfterGc();
        D document = subject.apply(trace);
        long retained = Memory.usedHeapAfterGc() - baseline;
        byte[] saved = subject.save(document);
        subject.free(document);
        double[] load = new double[runs];
        for (int i = 0; i < warmups + runs; i++) {
            long began = System.nanoTime();
            D loaded = subject.load(saved);
            double millis = (System.nanoTime() - began) / 1e6;
            if (i >= warmups) {
                load[i - warmups] = millis;
            }
            matches &= subject.content(loaded).equals(trace.endContent());
            subject.free(loaded);
        }
        return new Result(matches, apply, applyCpu, first, saved.length, load, peakHeap, retained, allocated,
                Memory.peakResidentBytes());
    }

    private static String json(String impl, String trace, long ops, int runs, Result r) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("impl", impl);
            g.writeStringField("trace", trace);
            g.writeNumberField("ops", ops);
            g.writeNumberField("runs", runs);
            g.writeBooleanField("matches", r.matches());
            g.writeNumberField("applyMillisMedian", round(median(r.applyMillis())));
            g.writeNumberField("applyMillisMin", round(Arrays.stream(r.applyMillis()).min().orElse(0)));
            g.writeNumberField("applyMillisFirst", round(r.firstApplyMillis()));
            g.writeNumberField("applyCpuMillisMedian", round(median(r.applyCpuMillis())));
            g.writeNumberField("encodedBytes", r.encodedBytes());
            g.writeNumberField("loadMillisMedian", round(median(r.loadMillis())));
            g.writeNumberField("peakHeapBytes", r.peakHeapBytes());
            g.writeNumberField("retainedHeapBytes", r.retainedHeapBytes());
            g.writeNumberField("allocatedBytes", r.allocatedBytes());
            g.writeNumberField("peakRssBytes", r.peakRssBytes());
            g.writeEndObject();
        }
        return out.toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }
}
