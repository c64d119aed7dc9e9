package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.CompactHistoryCommand;
import io.cosmicsync.application.sync.port.in.CompactHistoryUseCase;
import io.cosmicsync.application.sync.port.in.CompactionResult;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadReplicaVectorsPort;
import io.cosmicsync.application.sync.port.out.PruneChangesPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.Map;

/** Implements {@link CompactHistoryUseCase}: prunes what the meet of all known vectors and ours covers. */
public final class CompactHistoryService implements CompactHistoryUseCase {
    private final LoadReplicaVectorsPort replicaVectors;
    private final LoadChangesPort loadChanges;
    private final PruneChangesPort pruneChanges;
    private final TransactionPort transaction;

    public CompactHistoryService(LoadReplicaVectorsPort replicaVectors, LoadChangesPort loadChanges,
                                 PruneChangesPort pruneChanges, TransactionPort transaction) {
        this.replicaVectors = replicaVectors;
        this.loadChanges = loadChanges;
        this.pruneChanges = pruneChanges;
        this.transaction = transaction;
    }

    @Override
    public CompactionResult compactHistory(CompactHistoryCommand command) {
        return transaction.inTransaction(() -> {
            Map<?, VersionVector> known = replicaVectors.loadReplicaVectors();
            if (known.size() < command.minimumReplicas()) {
                return new CompactionResult.Skipped("only " + known.size() + " replica vectors known, "
                        + command.minimumReplicas() + " required");
            }
            VersionVector stable = known.values().stream().reduce(loadChanges.versionVector(), VersionVector::meet);
            if (stable.entries().isEmpty()) {
                return new CompactionResult.Skipped("no change has been seen by every known replica");
            }
            return new CompactionResult.Compacted(stable, pruneChanges.pruneChangesCoveredBy(stable));
        });
    }
}
