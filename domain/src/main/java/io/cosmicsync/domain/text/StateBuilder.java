package io.cosmicsync.domain.text;

import io.cosmicsync.domain.encoding.BinaryReader;

/** Rebuilds a {@link CollaborativeText} from decoded state columns, validating ids and origins. */
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
        Run prev = null;
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
            Run run = new Run(agent[i], counter[i], len[i], originAgent[i], originCounter[i], deleted, text);
            t.list.insertAfter(prev, run);
            prev = run;
            t.maxCounter = Math.max(t.maxCounter, run.end() - 1);
        }
        if (at != content.length()) {
            throw r.fail("content is longer than the alive runs");
        }
        return t;
    }
}
