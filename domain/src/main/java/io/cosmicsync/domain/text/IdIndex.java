package io.cosmicsync.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds runs by character id: per agent index, a sorted map from a run's first counter to the run. */
final class IdIndex {
    private final List<TreeMap<Long, Run>> byAgent = new ArrayList<>();

    void put(Run r) {
        while (byAgent.size() <= r.agent) {
            byAgent.add(new TreeMap<>());
        }
        byAgent.get(r.agent).put(r.counter, r);
    }

    /** The run holding id (agent, counter), or {@code null}. */
    Run find(int agent, long counter) {
        if (agent < 0 || agent >= byAgent.size()) {
            return null;
        }
        Map.Entry<Long, Run> e = byAgent.get(agent).floorEntry(counter);
        if (e == null || counter >= e.getValue().end()) {
            return null;
        }
        return e.getValue();
    }

    /** Whether any run of {@code agent} holds a counter in [start, end). */
    boolean overlaps(int agent, long start, long end) {
        if (agent < 0 || agent >= byAgent.size()) {
            return false;
        }
        Map.Entry<Long, Run> e = byAgent.get(agent).floorEntry(end - 1);
        return e != null && e.getValue().end() > start;
    }

    /** The first counter above {@code counter} where a run of {@code agent} starts, or {@link Long#MAX_VALUE}. */
    long nextStart(int agent, long counter) {
        Long k = agent >= 0 && agent < byAgent.size() ? byAgent.get(agent).higherKey(counter) : null;
        return k == null ? Long.MAX_VALUE : k;
    }
}
