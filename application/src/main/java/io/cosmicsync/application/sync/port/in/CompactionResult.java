package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.VersionVector;

/** The outcome of {@link CompactHistoryUseCase}. */
public sealed interface CompactionResult {

    /** Pruned {@code pruned} change bodies covered by {@code stable}, the vector every known replica dominates. */
    record Compacted(VersionVector stable, int pruned) implements CompactionResult {
    }

    /** Nothing pruned, for {@code reason}. */
    record Skipped(String reason) implements CompactionResult {
    }
}
