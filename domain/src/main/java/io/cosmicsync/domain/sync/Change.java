package io.cosmicsync.domain.sync;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The unit of replication: operations by one author, stamped with its hybrid logical clock, naming the
 * changes it causally depends on (the author's heads when it was made). Its id is the SHA-256 of its
 * canonical encoding ({@link ChangeCodec}); the compact constructor recomputes and checks it, so a
 * {@code Change} object can never carry a forged id ({@link SyncException} otherwise).
 *
 * @param id           SHA-256 content address
 * @param author       the peer that made it
 * @param hlc          its timestamp; every operation in it shares it
 * @param dependencies ids of direct causal predecessors, sorted
 * @param operations   applied in order, at least one, at most {@link ChangeCodec#MAX_OPERATIONS}
 */
public record Change(ChangeId id, PeerId author, Hlc hlc, SortedSet<ChangeId> dependencies, List<Operation> operations) {

    public Change {
        if (author == null || hlc == null || dependencies == null || operations == null || operations.isEmpty()) {
            throw new IllegalArgumentException("a change needs an author, an HLC, dependencies and at least one operation");
        }
        if (operations.size() > ChangeCodec.MAX_OPERATIONS) {
            throw new IllegalArgumentException("a change holds at most " + ChangeCodec.MAX_OPERATIONS + " operations");
        }
        dependencies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(dependencies));
        operations = List.copyOf(operations);
        ChangeId computed = ChangeCodec.idOf(author, hlc, dependencies, operations);
        if (!computed.equals(id)) {
            throw new SyncException("change id " + id + " does not match its content (" + computed + ")");
        }
    }

    /** A new change; computes its id. */
    public static Change create(PeerId author, Hlc hlc, Set<ChangeId> dependencies, List<Operation> operations) {
        TreeSet<ChangeId> deps = new TreeSet<>(dependencies);
        return new Change(ChangeCodec.idOf(author, hlc, deps, operations), author, hlc, deps, operations);
    }

    /** The stamp its writes carry. */
    public OpStamp stamp() {
        return new OpStamp(hlc, author);
    }
}
