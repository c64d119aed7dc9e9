package io.cosmicsync.bootstrap.cli.trace;

import io.cosmicsync.application.sync.trace.EditingTrace;

/**
 * A trace read from a file, ready to replay.
 *
 * @param trace the trace; a non-empty start content is already turned into a first transaction that
 *              types it (every other transaction builds on it), since the replayer starts from empty
 * @param ops   the number of patches in the file (the synthetic first transaction not counted)
 * @param syntheticTransactions how many leading transactions are not in the file: 1 with a start content, else 0
 */
public record ParsedTrace(EditingTrace trace, long ops, int syntheticTransactions) {

    /** {@code "concurrent"} or {@code "sequential"}. */
    public String kind() {
        return trace.concurrent() ? "concurrent" : "sequential";
    }
}
