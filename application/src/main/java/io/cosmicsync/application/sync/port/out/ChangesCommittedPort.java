package io.cosmicsync.application.sync.port.out;

/**
 * Told, after the transaction committed, which changes a sync use case committed: the p2p adapter
 * publishes local ones to peers, live feeds wake their subscribers. Called on the committing thread,
 * at most once per transaction; an implementation must return quickly and must not throw (what it
 * throws is logged by the caller and ignored: the changes are committed regardless).
 */
@FunctionalInterface
public interface ChangesCommittedPort {

    /** Does nothing; for replicas nobody listens to (tools, tests). */
    ChangesCommittedPort NONE = committed -> { };

    void changesCommitted(CommittedChanges committed);
}
