package io.cosmicsync.domain.sync;

import java.util.List;
import java.util.TreeSet;

/** The built-in {@link ConflictResolver}s. */
public enum StandardResolver implements ConflictResolver {
    /** The write with the greatest stamp (HLC, then peer id) wins. The default. */
    LAST_WRITER_WINS {
        @Override
        public Resolution resolve(List<Write> live) {
            return new Resolution.Resolved(live.get(live.size() - 1).value());
        }
    },
    /** The greatest value in {@link Values#ORDER} wins (for example the highest score). */
    KEEP_MAXIMUM {
        @Override
        public Resolution resolve(List<Write> live) {
            return new Resolution.Resolved(live.stream().map(Write::value).max(Values.ORDER).orElseThrow());
        }
    },
    /**
     * Lists are read as sets and the union of all live writes is shown, sorted by {@link Values#ORDER}
     * without duplicates; a non-list value counts as a one-element set.
     */
    UNION_OF_SETS {
        @Override
        public Resolution resolve(List<Write> live) {
            TreeSet<Value> union = new TreeSet<>(Values.ORDER);
            for (Write w : live) {
                if (w.value() instanceof Value.ListValue list) {
                    union.addAll(list.values());
                } else {
                    union.add(w.value());
                }
            }
            return new Resolution.Resolved(new Value.ListValue(List.copyOf(union)));
        }
    },
    /** Concurrent values are all shown ({@link Resolution.Conflicting}) until a later set replaces them. */
    KEEP_BOTH {
        @Override
        public Resolution resolve(List<Write> live) {
            return live.size() == 1 ? new Resolution.Resolved(live.get(0).value()) : new Resolution.Conflicting(live);
        }
    }
}
