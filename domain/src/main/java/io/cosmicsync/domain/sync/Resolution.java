package io.cosmicsync.domain.sync;

import java.util.List;

/** What a field shows after conflict resolution: one value, or the concurrent values until a later set picks one. */
public sealed interface Resolution {

    /** A single value. */
    record Resolved(Value value) implements Resolution {
    }

    /**
     * Concurrent writes kept side by side (keep-both), ordered by stamp; a later set that supersedes
     * them all resolves the conflict.
     *
     * @param candidates at least two writes
     */
    record Conflicting(List<Write> candidates) implements Resolution {
        public Conflicting {
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("a conflict has at least two candidates");
            }
            candidates = List.copyOf(candidates);
        }
    }
}
