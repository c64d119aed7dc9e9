package io.cosmicsync.application.sync.trace;

/**
 * What {@link TraceReplayer} drives: replicas that take a transaction as a local edit, producing an
 * update to ship, and that apply shipped updates from other replicas (in causal order).
 *
 * @param <R> a replica
 * @param <U> an update (for example the text operations, or a sync change)
 */
public interface TraceTarget<R, U> {

    /** A new, empty replica for agent {@code agent}. */
    R newReplica(int agent);

    /** Applies {@code txn}'s patches as local edits of {@code agent} and returns the resulting update. */
    U applyLocal(R replica, int agent, TraceTransaction txn);

    /** Applies an update made by another replica; every update it depends on was applied before. */
    void applyRemote(R replica, U update);

    /** The replica's current text. */
    String content(R replica);
}
