package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelChecksTest {

    @Test
    void each_result_belongs_to_the_item_at_the_same_index() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();

        boolean[] even = ParallelChecks.shared().test(items, i -> i % 2 == 0);

        for (int i = 0; i < items.size(); i++) {
            assertThat(even[i]).as("item %d", i).isEqualTo(i % 2 == 0);
        }
    }

    @Test
    void a_check_that_throws_counts_as_failed_and_the_others_still_run() {
        boolean[] results = ParallelChecks.shared().test(List.of(1, 2, 3, 4, 5, 6), i -> {
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
            return true;
        });

        assertThat(results).containsExactly(true, true, false, true, true, true);
    }

    @Test
    void helpers_share_the_work_with_the_calling_thread() {
        ParallelChecks checks = new ParallelChecks(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();

        checks.test(IntStream.range(0, 400).boxed().toList(), i -> {
            threads.add(Thread.currentThread().getName());
            busyFor(200_000);
            return true;
        });

        assertThat(threads).contains(Thread.currentThread().getName()).hasSizeGreaterThan(1);
    }

    @Test
    void with_no_helpers_or_few_items_the_caller_checks_alone() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        new ParallelChecks(0).test(List.of(1, 2, 3, 4, 5), i -> threads.add(Thread.currentThread().getName()));
        new ParallelChecks(2).test(List.of(1, 2, 3), i -> threads.add(Thread.currentThread().getName()));
        boolean[] none = new ParallelChecks(2).test(List.of(), i -> true);

        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(none).isEmpty();
    }

    private static void busyFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
