package io.cosmicsync.domain.text;

import io.cosmicsync.domain.encoding.BinaryReader;

/**
 * Rebuilds a {@link CollaborativeText} from decoded state columns by integrating each run in the
 * encoded order (valid since every origin comes first), validating ids and origins, and rejecting a
 * state whose order differs from the one RGA integration gives — such bytes would make this replica
 * diverge from the others.
 */
final class StateBuilder {
    private final CollaborativeText t;
    private final BinaryReader r;
    private final TextCodec.Limits limits;

    StateBuilder(CollaborativeText t, BinaryReader r, TextCodec.Limits limits) {
        this.t = t;
        this.r = r;
        this.limits = limits;
    }

    CollaborativeText build(int[] agent, long[] counter, int[] len, int[] flags) {
        int n = agent.length;
        int[] originAgent = new int[n];
        long[] originCounter = new long[n];
        for (int i = 0; i < n; i++) {
            int kind = flags[i] >> 1;
            if (kind == 1) {
                originAgent[i] = Run.START;
            } else if (kind == 0) {
                if (i == 0) {
                    throw r.fail("the first run cannot take its origin from a previous run");
                }
                originAgent[i] = agent[i - 1];
                originCounter[i] = counter[i - 1] + len[i - 1] - 1;
            } else {
                originAgent[i] = r.readVarInt(0, t.agents.size() - 1, "origin agent");
                originCounter[i] = counter[i] - r.readVarLong(1, counter[i] - 1, "origin distance");
            }
        }
        String content = r.readString(limits.maxTextBytes(), "content");
        r.requireEnd();
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (originAgent[i] != Run.START && t.list.ids.find(originAgent[i], originCounter[i]) == null) {
                throw r.fail("run " + i + " has an origin that precedes nothing in the state");
            }
            if (originAgent[i] != Run.START && originCounter[i] >= counter[i]) {
                throw r.fail("run " + i + " has an origin that is not older (Lamport order)");
            }
            if (t.list.ids.overlaps(agent[i], counter[i], counter[i] + len[i])) {
                throw r.fail("run " + i + " repeats an id");
            }
            boolean deleted = (flags[i] & 1) == 1;
            StringBuilder text = null;
            if (!deleted) {
                int end;
                try {
                    end = content.offsetByCodePoints(at, len[i]);
                } catch (IndexOutOfBoundsException e) {
                    throw r.fail("content is shorter than the alive runs");
                }
                text = new StringBuilder(content.substring(at, end));
                at = end;
            }
            Integrator.integrate(t, new Run(agent[i], counter[i], len[i], originAgent[i], originCounter[i], deleted, text));
        }
        if (at != content.length()) {
            throw r.fail("content is longer than the alive runs");
        }
        if (!sameOrder(agent, counter, len)) {
            throw r.fail("runs are not in the order RGA gives them; the state was not produced by this algorithm");
        }
        return t;
    }

    /** Whether the integrated list holds exactly the decoded runs, in the decoded order. */
    private boolean sameOrder(int[] agent, long[] counter, int[] len) {
        long[] at = {0, 0};
        boolean[] same = {true};
        t.list.forEach(run -> {
            long c = run.counter;
            long remaining = run.len;
            while (same[0] && remaining > 0) {
                int i = (int) at[0];
                if (i >= agent.length || agent[i] != run.agent || counter[i] + at[1] != c) {
                    same[0] = false;
                    return;
                }
                long take = Math.min(remaining, len[i] - at[1]);
                c += take;
                remaining -= take;
                at[1] += take;
                if (at[1] == len[i]) {
                    at[0]++;
                    at[1] = 0;
                }
            }
        });
        return same[0] && at[0] == agent.length;
    }
}
