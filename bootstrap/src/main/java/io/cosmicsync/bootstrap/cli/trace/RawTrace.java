package io.cosmicsync.bootstrap.cli.trace;

import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.application.sync.trace.TraceTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a trace file as read, before the checks that need the whole file: which kind it is
 * (the {@code kind} field when present, otherwise concurrent when {@code numAgents} or any transaction's
 * {@code agent}/{@code parents} appear), that a concurrent trace names agents and earlier parents on every
 * transaction, and the start content.
 */
record RawTrace(String kind, String startContent, String endContent, Integer numAgents, List<RawTransaction> txns) {

    /** Most agents a trace may have: the replayer keeps one replica and one version vector per agent. */
    static final int MAX_AGENTS = 1024;

    /**
     * One transaction as read; {@code agent} and {@code parents} are null when absent.
     */
    record RawTransaction(Integer agent, List<Integer> parents, List<TracePatch> patches) {
    }

    ParsedTrace toParsedTrace() {
        if (endContent == null) {
            throw new MalformedTraceException("endContent is missing: a trace needs the text its replay must end with");
        }
        if (txns == null) {
            throw new MalformedTraceException("txns is missing: a trace needs its list of transactions");
        }
        boolean concurrent = kind != null ? kind.equals("concurrent")
                : numAgents != null || txns.stream().anyMatch(t -> t.agent() != null || t.parents() != null);
        List<TraceTransaction> out = new ArrayList<>(txns.size() + 1);
        boolean hasStart = startContent != null && !startContent.isEmpty();
        if (hasStart) {
            out.add(new TraceTransaction(0, List.of(), List.of(new TracePatch(0, 0, startContent))));
        }
        long ops = 0;
        for (int i = 0; i < txns.size(); i++) {
            RawTransaction t = txns.get(i);
            ops += t.patches().size();
            out.add(concurrent ? concurrentTransaction(i, t, hasStart) : sequentialTransaction(i, t));
        }
        return new ParsedTrace(new EditingTrace(concurrent, "", endContent, out), ops, hasStart ? 1 : 0);
    }

    private static TraceTransaction sequentialTransaction(int i, RawTransaction t) {
        if ((t.agent() != null && t.agent() != 0) || (t.parents() != null && !t.parents().isEmpty())) {
            throw new MalformedTraceException("txns[" + i + "] names an agent or parents, but the trace is sequential");
        }
        return new TraceTransaction(0, List.of(), t.patches());
    }

    private TraceTransaction concurrentTransaction(int i, RawTransaction t, boolean shifted) {
        if (t.agent() == null || t.parents() == null) {
            throw new MalformedTraceException("txns[" + i + "] needs \"agent\" and \"parents\" in a concurrent trace");
        }
        int agentLimit = Math.min(numAgents == null ? MAX_AGENTS : numAgents, MAX_AGENTS);
        if (t.agent() >= agentLimit) {
            throw new MalformedTraceException("txns[" + i + "].agent is " + t.agent() + ", but agents are numbered 0.."
                    + (agentLimit - 1) + (numAgents == null ? " (at most " + MAX_AGENTS + " agents)" : " (numAgents)"));
        }
        List<Integer> parents = new ArrayList<>(t.parents().size());
        for (int p : t.parents()) {
            if (p >= i) {
                throw new MalformedTraceException("txns[" + i + "].parents names transaction " + p
                        + ", which is unknown: parents must be earlier transactions (0.." + (i - 1) + ")");
            }
            parents.add(shifted ? p + 1 : p);
        }
        if (shifted && parents.isEmpty()) {
            parents.add(0);
        }
        return new TraceTransaction(t.agent(), parents, t.patches());
    }
}
