package io.cosmicsync.application.common.fakes;

import io.cosmicsync.application.common.port.out.TransactionPort;
import java.util.function.Supplier;

/** Snapshots the store before the outermost transaction and restores it when the work throws. */
public final class FakeTransactions implements TransactionPort {

    private final InMemoryStore store;
    private int depth;
    private int started;
    private int rolledBack;

    public FakeTransactions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        started++;
        InMemoryStore.Snapshot before = store.snapshot();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rolledBack++;
            store.restore(before);
            throw e;
        } finally {
            depth--;
        }
    }

    public int started() {
        return started;
    }

    public int rolledBack() {
        return rolledBack;
    }
}
