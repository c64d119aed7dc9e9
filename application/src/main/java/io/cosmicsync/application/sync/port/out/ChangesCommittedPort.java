package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.List;
import java.util.Map;

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

    /**
     * Changes that one sync transaction has just committed, in commit (causal) order.
     *
     * @param changes the committed changes, at least one
     * @param origin     whether this node made them or received them from a peer
     * @param signatures each change's author signature, by change id (empty where no signing is wired)
     */
    record CommittedChanges(List<Change> changes, Origin origin, Map<ChangeId, byte[]> signatures) {

        /** Where committed changes came from. */
        public enum Origin {
            /** Made by this node ({@code ApplyLocalMutationUseCase}): peers have not seen them yet. */
            LOCAL,
            /** Received from a peer (gossip or anti-entropy), including waiting changes released by them. */
            REMOTE
        }

        public CommittedChanges {
            changes = List.copyOf(changes);
            signatures = Map.copyOf(signatures);
            if (changes.isEmpty() || origin == null) {
                throw new IllegalArgumentException("committed changes need at least one change and an origin");
            }
        }

        /** Changes without their signatures (for listeners that never relay them). */
        public CommittedChanges(List<Change> changes, Origin origin) {
            this(changes, origin, Map.of());
        }
    }
}
