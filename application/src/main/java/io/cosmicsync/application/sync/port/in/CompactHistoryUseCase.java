package io.cosmicsync.application.sync.port.in;

/**
 * Drops change bodies every known replica has seen (the meet of their version vectors and ours).
 * Limits: a replica unknown to this node, or a new one, can no longer get the pruned changes and needs
 * a document snapshot; tombstones inside documents (deleted text, deleted documents) are kept.
 */
public interface CompactHistoryUseCase {

    CompactionResult compactHistory(CompactHistoryCommand command);
}
