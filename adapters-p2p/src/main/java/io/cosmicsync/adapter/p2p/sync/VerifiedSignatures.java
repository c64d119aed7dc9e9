package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.domain.sync.ChangeId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The changes most recently found signed by their author: change id → the signature that verified. A change id is
 * the SHA-256 of the change's whole canonical encoding (author included), so the same id with the same signature
 * verifies again: a change the gossip validator checked is not checked a second time when it is applied. Holds at most
 * {@code capacity} ids, dropping the oldest. Thread-safe.
 */
final class VerifiedSignatures {

    private final Map<ChangeId, byte[]> verified;

    VerifiedSignatures(int capacity) {
        this.verified = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ChangeId, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when {@code signature} verified for {@code id} and is still remembered. */
    synchronized boolean holds(ChangeId id, byte[] signature) {
        byte[] known = verified.get(id);
        return known != null && Arrays.equals(known, signature);
    }

    /** Remembers that {@code signature} verified for {@code id}. */
    synchronized void remember(ChangeId id, byte[] signature) {
        verified.put(id, signature.clone());
    }
}
