package io.cosmicsync.application.sync.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Causal histories of a concurrent trace's transactions as version vectors (per agent, how many of
 * its transactions are included), valid because each agent's transactions form a chain. Rejects a
 * trace where an agent's transaction does not build on that agent's previous one.
 */
final class CausalHistory {
    private final List<TraceTransaction> txns;
    private final int[][] vectors;
    private final List<List<Integer>> byAgent = new ArrayList<>();

    CausalHistory(List<TraceTransaction> txns, int agents) {
        this.txns = txns;
        this.vectors = new int[txns.size()][];
        for (int a = 0; a < agents; a++) {
            byAgent.add(new ArrayList<>());
        }
        for (int i = 0; i < txns.size(); i++) {
            int[] v = new int[agents];
            for (int p : txns.get(i).parents()) {
                for (int a = 0; a < agents; a++) {
                    v[a] = Math.max(v[a], vectors[p][a]);
                }
            }
            int agent = txns.get(i).agent();
            if (v[agent] != byAgent.get(agent).size()) {
                throw new IllegalArgumentException("transaction " + i + " does not build on agent " + agent + "'s previous one");
            }
            v[agent]++;
            byAgent.get(agent).add(i);
            vectors[i] = v;
        }
    }

    /**
     * The transactions a replica that has seen {@code seen[a]} transactions of each agent {@code a}
     * lacks to hold the causal history of {@code i} (all of them when {@code i} is -1), in ascending
     * index order (a topological order); advances {@code seen} past them.
     */
    List<Integer> missing(int i, int[] seen) {
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < seen.length; a++) {
            int upTo = i < 0 ? byAgent.get(a).size() : vectors[i][a] - (a == txns.get(i).agent() ? 1 : 0);
            if (upTo > seen[a]) {
                out.addAll(byAgent.get(a).subList(seen[a], upTo));
                seen[a] = upTo;
            }
        }
        out.sort(null);
        return out;
    }
}
