package io.cosmicsync.application.sync.trace;

import java.util.List;

/**
 * An already-parsed editing trace (josephg/editing-traces, CC BY 4.0): a sequential trace applies its
 * transactions in order; a concurrent one gives each transaction an agent and parents.
 *
 * @param concurrent   whether transactions carry agents and parents
 * @param startContent the text before the first transaction
 * @param endContent   the text every correct replay must end with
 * @param transactions the transactions; parents always point to earlier indexes
 */
public record EditingTrace(boolean concurrent, String startContent, String endContent, List<TraceTransaction> transactions) {

    public EditingTrace {
        if (startContent == null || endContent == null) {
            throw new IllegalArgumentException("start and end content are required");
        }
        transactions = List.copyOf(transactions);
        for (int i = 0; i < transactions.size(); i++) {
            for (int p : transactions.get(i).parents()) {
                if (p < 0 || p >= i) {
                    throw new IllegalArgumentException("transaction " + i + " names parent " + p + ", which is not earlier");
                }
            }
        }
    }

    /** Total number of patches. */
    public long patchCount() {
        return transactions.stream().mapToLong(t -> t.patches().size()).sum();
    }
}
