package io.cosmicsync.domain.sync;

import java.util.List;
import java.util.Set;

/** The outcome of offering a change to a {@link CausalBuffer}. */
public sealed interface Delivery {

    /** Apply these now, in this order: the offered change, then any waiting changes it released. */
    record Ready(List<Change> changes) implements Delivery {
        public Ready {
            changes = List.copyOf(changes);
        }
    }

    /** Already applied or already waiting: nothing to do. */
    record Duplicate(ChangeId id) implements Delivery {
    }

    /** Parked until {@code missing} are applied. */
    record Waiting(ChangeId id, Set<ChangeId> missing) implements Delivery {
        public Waiting {
            missing = Set.copyOf(missing);
        }
    }

    /** Refused: the buffer already holds {@code capacity} waiting changes. Ask the peer again later. */
    record Overflow(ChangeId id, int capacity) implements Delivery {
    }
}
