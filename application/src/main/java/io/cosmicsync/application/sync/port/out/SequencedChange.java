package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import java.util.Objects;

/**
 * A logged change and its position in this replica's log.
 *
 * @param seq    the log position: positive, growing in log (causal) order, never reused; a store-local cursor,
 *               meaningless to other replicas
 * @param change the change
 */
public record SequencedChange(long seq, Change change) {

    public SequencedChange {
        if (seq < 1) {
            throw new IllegalArgumentException("a log position is positive, got " + seq);
        }
        Objects.requireNonNull(change, "change");
    }
}
