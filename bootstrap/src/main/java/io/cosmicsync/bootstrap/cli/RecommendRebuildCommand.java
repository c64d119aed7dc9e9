package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.recommendation.RebuildSummary;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsCommand;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsUseCase;
import io.cosmicsync.bootstrap.OfflineNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cosmicsync recommend rebuild}: recomputes every user's recommendations in a stopped node's
 * data directory, with a progress bar on stderr; {@code --json} prints one line with the timings and
 * the peak heap (the bench's output).
 */
@Command(name = "rebuild", description = "Recompute everyone's recommendations now (the node must be stopped; "
        + "a running node rebuilds with POST /api/v1/recommendations/rebuild).")
public final class RecommendRebuildCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print one JSON object with timings and peak heap.")
    boolean json;

    @Override
    public Integer call() {
        try (OfflineNode node = OfflineNode.open(dataDir.path(), System.getenv())) {
            long start = System.nanoTime();
            Outcome<RebuildSummary> outcome = node.bean(RebuildRecommendationsUseCase.class)
                    .rebuildRecommendations(new RebuildRecommendationsCommand(new ProgressBar(System.err)));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!(outcome instanceof Outcome.Success<RebuildSummary> success)) {
                System.err.println("cosmicsync: rebuild refused: " + outcome);
                return 1;
            }
            RebuildSummary summary = success.value();
            if (json) {
                System.out.println(String.format(Locale.ROOT,
                        "{\"users\":%d,\"generation\":%d,\"seconds\":%.2f,\"load_seconds\":%.2f,\"compute_seconds\":%.2f,"
                                + "\"save_seconds\":%.2f,\"process_cpu_seconds\":%.1f,\"peak_heap_mib\":%d,\"max_heap_mib\":%d,\"cpus\":%d}",
                        summary.users(), summary.generation(), seconds, summary.loadMillis() / 1e3,
                        summary.computeMillis() / 1e3, summary.saveMillis() / 1e3, HeapUse.cpuSeconds(), HeapUse.peakMiB(),
                        HeapUse.maxMiB(),
                        Runtime.getRuntime().availableProcessors()));
            } else {
                System.out.printf(Locale.ROOT, "rebuilt recommendations of %d users in %.1f s (generation %d)%n",
                        summary.users(), seconds, summary.generation());
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("cosmicsync: rebuild failed: " + Failures.message(e));
            return 1;
        }
    }
}
