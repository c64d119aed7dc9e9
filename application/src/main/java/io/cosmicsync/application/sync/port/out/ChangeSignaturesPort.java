package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.ChangeId;
import java.util.Collection;
import java.util.Map;

/**
 * Each change's author signature, kept so a node can relay changes it did not author to other peers, which verify
 * them against the author's key. A logged change's signature is held in the log, written with the change
 * ({@link AppendChangesPort}); this port also keeps the signatures of parked changes (waiting in the causal buffer, not
 * yet logged), written in the sync transaction that parks them, until the change is appended.
 */
public interface ChangeSignaturesPort {

    /**
     * Keeps the signatures of parked changes (64-byte Ed25519 for libp2p peer ids; at most 1024 bytes) until they are
     * appended; an id already kept keeps its first signature. Not for logged changes: the log holds theirs.
     */
    void saveSignatures(Map<ChangeId, byte[]> signatures);

    /**
     * The signatures of {@code ids} wherever they are held: in the log for logged changes, else as parked changes';
     * ids without one (unknown, logged before signatures were kept, or pruned by compaction) are absent from the result.
     */
    Map<ChangeId, byte[]> loadSignatures(Collection<ChangeId> ids);
}
