package io.cosmicsync.adapter.p2p.sync;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Runs a CPU-bound check (a signature verification, 65-320 µs) over every item of a list on all cores: the
 * calling thread and up to {@code cores - 1} shared daemon helpers each claim the next unchecked item until
 * none is left, so a helper that starts late, or is busy with another caller's list, costs nothing but its
 * share. A check that throws counts as failed. Below {@link #MIN_PARALLEL} items the caller checks alone
 * (handing work to another thread costs tens of microseconds). Thread-safe; one instance per JVM.
 */
final class ParallelChecks {

    /** Smallest list worth sharing with helpers. */
    static final int MIN_PARALLEL = 4;

    private static final ParallelChecks SHARED = new ParallelChecks(Runtime.getRuntime().availableProcessors() - 1);

    private final int helperCount;
    private final ExecutorService helpers;

    ParallelChecks(int helperCount) {
        this.helperCount = Math.max(0, helperCount);
        AtomicInteger n = new AtomicInteger();
        this.helpers = this.helperCount == 0 ? null : Executors.newFixedThreadPool(this.helperCount, runnable -> {
            Thread thread = new Thread(runnable, "cosmicsync-verify-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The instance sized to this machine's cores. */
    static ParallelChecks shared() {
        return SHARED;
    }

    /** {@code check} applied to each item; {@code result[i]} belongs to {@code items.get(i)}. Returns once all are checked. */
    <T> boolean[] test(List<T> items, Predicate<? super T> check) {
        int size = items.size();
        boolean[] passed = new boolean[size];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(size);
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                try {
                    passed[i] = check.test(items.get(i));
                } catch (RuntimeException failed) {
                    passed[i] = false;
                } finally {
                    done.countDown();
                }
            }
        };
        if (size >= MIN_PARALLEL) {
            for (int h = 0; h < Math.min(helperCount, size - 1); h++) {
                try {
                    helpers.execute(worker);
                } catch (RejectedExecutionException shutDown) {
                    break;
                }
            }
        }
        worker.run();
        awaitUninterruptibly(done);
        return passed;
    }

    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
