package io.cosmicsync.adapter.p2p.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Validated gossip messages (of type {@code T}) waiting for the applier thread. The messages that arrive while the applier is
 * busy (with an anti-entropy batch, say) are handed over together, in arrival order, up to
 * {@link #MAX_MESSAGES} at a time: one use-case call, one transaction and one parallel signature check
 * instead of one per message. Each call rebuilds the causal buffer, so during a catch-up, when gossiped
 * changes wait for their dependencies, one call per message made parking quadratic. Thread-safe.
 */
final class GossipInbox<T> {

    /** Most messages handed over at once (each holds one change, as this node publishes them). */
    static final int MAX_MESSAGES = SignedChangeBatch.MAX_CHANGES;

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final Executor applier;
    private final Consumer<List<T>> apply;

    /** @param apply called on {@code applier} with 1..{@link #MAX_MESSAGES} messages, in arrival order */
    GossipInbox(Executor applier, Consumer<List<T>> apply) {
        this.applier = applier;
        this.apply = apply;
    }

    /** Queues a message; returns at once. Dropped once the applier is shut down. */
    void add(T message) {
        queue.add(message);
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (!queue.isEmpty() && drainQueued.compareAndSet(false, true)) {
            try {
                applier.execute(this::drain);
            } catch (RejectedExecutionException closing) {
                queue.clear();
            }
        }
    }

    private void drain() {
        drainQueued.set(false);
        List<T> taken = new ArrayList<>();
        for (T m; taken.size() < MAX_MESSAGES && (m = queue.poll()) != null; ) {
            taken.add(m);
        }
        try {
            if (!taken.isEmpty()) {
                apply.accept(taken);
            }
        } finally {
            scheduleDrain();
        }
    }
}
