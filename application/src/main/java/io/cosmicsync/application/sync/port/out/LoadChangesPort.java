package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.SyncException;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads the local change log. */
public interface LoadChangesPort {

    /** Whether the change was applied here (also after its body was pruned by compaction). */
    boolean isApplied(ChangeId id);

    /** The ids among {@code ids} that {@link #isApplied} holds for; stores answer in one read, this default asks one by one. */
    default Set<ChangeId> appliedAmong(Collection<ChangeId> ids) {
        Set<ChangeId> applied = new HashSet<>();
        for (ChangeId id : ids) {
            if (isApplied(id)) {
                applied.add(id);
            }
        }
        return applied;
    }

    /** The applied changes nothing applied depends on yet: the dependencies of the next local change. */
    Set<ChangeId> heads();

    /** For each author, the newest applied change's HLC. */
    VersionVector versionVector();

    /**
     * Logged changes not covered by {@code vector}, in log (causal) order, at most {@code max}.
     * Pruned changes are not returned.
     */
    default List<Change> loadChangesNotCoveredBy(VersionVector vector, int max) {
        return loadChangesAfter(0, vector, max).stream().map(SequencedChange::decode).toList();
    }

    /**
     * One page of the logged changes not covered by {@code vector}: those after log position {@code afterSeq}, in
     * log (causal) order, at most {@code max}, each with its position and its signature (read with it). Paging on
     * with the last position returned reads each row of the log once, however long it is. Pruned changes are not
     * returned.
     *
     * @param afterSeq 0 for the log's start, else a {@link SequencedChange#seq()} this store returned
     */
    List<SequencedChange> loadChangesAfter(long afterSeq, VersionVector vector, int max);

    /** What compaction has pruned so far (changes covered by it have no body any more); empty if none. */
    VersionVector prunedVector();

    /**
     * A logged change as stored, not decoded (serving a page sends these bytes as they are), its position in this
     * replica's log and its author's signature.
     *
     * @param seq       the log position: positive, growing in log (causal) order, never reused; a store-local cursor,
     *                  meaningless to other replicas
     * @param id        the change's id
     * @param encoding  its canonical encoding ({@link ChangeCodec}; not copied)
     * @param signature the author's signature as logged with the change (not copied), or null when the log holds none
     *                  (a change logged before signatures were kept)
     */
    record SequencedChange(long seq, ChangeId id, byte[] encoding, byte[] signature) {

        public SequencedChange {
            if (seq < 1) {
                throw new IllegalArgumentException("a log position is positive, got " + seq);
            }
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(encoding, "encoding");
        }

        /** The entry of {@code change}, for stores that hold changes decoded. */
        public SequencedChange(long seq, Change change, byte[] signature) {
            this(seq, change.id(), ChangeCodec.encode(change), signature);
        }

        /**
         * The change, decoded from {@link #encoding} (each call decodes it again) with the limits of stored bytes.
         *
         * @throws io.cosmicsync.domain.encoding.MalformedEncodingException if the stored bytes do not decode
         * @throws SyncException                                           if they are not the change {@link #id} names
         */
        public Change decode() {
            Change change = ChangeCodec.decode(encoding, ChangeCodec.Limits.STORED);
            if (!change.id().equals(id)) {
                throw new SyncException("logged change " + id + " decodes to " + change.id());
            }
            return change;
        }
    }
}
