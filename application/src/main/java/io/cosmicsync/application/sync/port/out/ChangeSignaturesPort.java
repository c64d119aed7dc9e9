package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.ChangeId;
import java.util.Collection;
import java.util.Map;

/**
 * Keeps each change's author signature next to the change log, so a node can relay changes it did not
 * author to other peers, which verify them against the author's key. Written in the sync transaction
 * that logs or parks the change.
 */
public interface ChangeSignaturesPort {

    /** Stores signatures (64-byte Ed25519 for libp2p peer ids); an id already stored keeps its first signature. */
    void saveSignatures(Map<ChangeId, byte[]> signatures);

    /** The stored signatures of {@code ids}; ids without one are absent from the result. */
    Map<ChangeId, byte[]> loadSignatures(Collection<ChangeId> ids);
}
