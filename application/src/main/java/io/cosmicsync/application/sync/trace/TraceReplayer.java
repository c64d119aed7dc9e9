package io.cosmicsync.application.sync.trace;

import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays an {@link EditingTrace} through {@link CollaborativeText} as local edits. A sequential trace
 * runs on one replica. A concurrent trace gets one replica per agent: before each transaction the
 * agent's replica receives, in trace order (a topological order), the operations of every transaction
 * in the transaction's causal history it lacks; at the end every replica receives everything.
 * Agent {@code i} edits as peer {@code "agent-i"}. Dependency-free so a CLI can reuse it.
 */
public final class TraceReplayer {
    private TraceReplayer() {
    }

    public static ReplayResult replay(EditingTrace trace) {
        return trace.concurrent() ? replayConcurrent(trace) : replaySequential(trace);
    }

    private static ReplayResult replaySequential(EditingTrace trace) {
        CollaborativeText text = CollaborativeText.create();
        if (!trace.startContent().isEmpty()) {
            text.insert("agent-0", 0, trace.startContent());
        }
        for (TraceTransaction txn : trace.transactions()) {
            apply(text, "agent-0", txn, null);
        }
        return new ReplayResult(List.of(text), text.content().equals(trace.endContent()));
    }

    private static ReplayResult replayConcurrent(EditingTrace trace) {
        List<TraceTransaction> txns = trace.transactions();
        int agents = txns.stream().mapToInt(TraceTransaction::agent).max().orElse(0) + 1;
        CollaborativeText[] replicas = new CollaborativeText[agents];
        int[][] seen = new int[agents][agents];
        List<List<TextOp>> ops = new ArrayList<>(txns.size());
        CausalHistory history = new CausalHistory(txns, agents);
        for (int a = 0; a < agents; a++) {
            replicas[a] = CollaborativeText.create();
        }
        for (int i = 0; i < txns.size(); i++) {
            TraceTransaction txn = txns.get(i);
            int a = txn.agent();
            for (int j : history.missing(i, seen[a])) {
                ops.get(j).forEach(replicas[a]::apply);
            }
            List<TextOp> produced = new ArrayList<>(txn.patches().size() * 2);
            apply(replicas[a], "agent-" + a, txn, produced);
            ops.add(produced);
            seen[a][a]++;
        }
        boolean matches = true;
        for (int a = 0; a < agents; a++) {
            for (int j : history.missing(-1, seen[a])) {
                ops.get(j).forEach(replicas[a]::apply);
            }
            matches &= replicas[a].content().equals(trace.endContent());
        }
        return new ReplayResult(List.of(replicas), matches);
    }

    private static void apply(CollaborativeText text, String agent, TraceTransaction txn, List<TextOp> out) {
        for (TracePatch p : txn.patches()) {
            if (p.deleteCount() > 0) {
                TextOp op = text.delete(p.position(), p.deleteCount());
                if (out != null) {
                    out.add(op);
                }
            }
            if (!p.insertText().isEmpty()) {
                TextOp op = text.insert(agent, p.position(), p.insertText());
                if (out != null) {
                    out.add(op);
                }
            }
        }
    }
}
