package io.cosmicsync.application.sync.trace;

import io.cosmicsync.domain.text.CollaborativeText;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays an {@link EditingTrace} as local edits on a {@link TraceTarget}. A sequential trace runs on
 * one replica. A concurrent trace gets one replica per agent: before each transaction the agent's
 * replica receives, in trace order (a topological order), the updates of every transaction in the
 * transaction's causal history it lacks (fork/merge as {@code parents} say); at the end every replica
 * receives everything. Dependency-free so a CLI can reuse it with its own JSON parsing.
 */
public final class TraceReplayer {
    private TraceReplayer() {
    }

    /** Replays into {@link CollaborativeText}s. */
    public static ReplayResult<CollaborativeText> replay(EditingTrace trace) {
        return replay(trace, new TextTraceTarget());
    }

    public static <R, U> ReplayResult<R> replay(EditingTrace trace, TraceTarget<R, U> target) {
        if (!trace.startContent().isEmpty()) {
            throw new IllegalArgumentException("traces with a start content are not supported; every known trace starts empty");
        }
        return trace.concurrent() ? replayConcurrent(trace, target) : replaySequential(trace, target);
    }

    private static <R, U> ReplayResult<R> replaySequential(EditingTrace trace, TraceTarget<R, U> target) {
        R replica = target.newReplica(0);
        for (TraceTransaction txn : trace.transactions()) {
            target.applyLocal(replica, 0, txn);
        }
        return new ReplayResult<>(List.of(replica), target.content(replica).equals(trace.endContent()));
    }

    private static <R, U> ReplayResult<R> replayConcurrent(EditingTrace trace, TraceTarget<R, U> target) {
        List<TraceTransaction> txns = trace.transactions();
        int agents = txns.stream().mapToInt(TraceTransaction::agent).max().orElse(0) + 1;
        CausalHistory history = new CausalHistory(txns, agents);
        List<R> replicas = new ArrayList<>(agents);
        int[][] seen = new int[agents][agents];
        List<U> updates = new ArrayList<>(txns.size());
        for (int a = 0; a < agents; a++) {
            replicas.add(target.newReplica(a));
        }
        for (int i = 0; i < txns.size(); i++) {
            int a = txns.get(i).agent();
            for (int j : history.missing(i, seen[a])) {
                target.applyRemote(replicas.get(a), updates.get(j));
            }
            updates.add(target.applyLocal(replicas.get(a), a, txns.get(i)));
            seen[a][a]++;
        }
        boolean matches = true;
        for (int a = 0; a < agents; a++) {
            for (int j : history.missing(-1, seen[a])) {
                target.applyRemote(replicas.get(a), updates.get(j));
            }
            matches &= target.content(replicas.get(a)).equals(trace.endContent());
        }
        return new ReplayResult<>(replicas, matches);
    }
}
