package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GossipInboxTest {

    private final ExecutorService applier = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        applier.shutdownNow();
    }

    @Test
    void messages_that_arrive_while_the_applier_is_busy_are_handed_over_together_in_arrival_order() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        applier.execute(() -> await(busy));
        List<List<Integer>> calls = new ArrayList<>();
        GossipInbox<Integer> inbox = new GossipInbox<>(applier, calls::add);

        for (int i = 1; i <= 5; i++) {
            inbox.add(i);
        }
        busy.countDown();
        applier.submit(() -> { }).get(5, TimeUnit.SECONDS);

        assertThat(calls).containsExactly(List.of(1, 2, 3, 4, 5));
    }

    @Test
    void a_call_takes_at_most_max_messages_and_the_rest_follow_in_the_next_call() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        applier.execute(() -> await(busy));
        List<Integer> sizes = new ArrayList<>();
        GossipInbox<Integer> inbox = new GossipInbox<>(applier, taken -> sizes.add(taken.size()));

        for (int i = 0; i < GossipInbox.MAX_MESSAGES + 3; i++) {
            inbox.add(i);
        }
        busy.countDown();
        applier.submit(() -> { }).get(5, TimeUnit.SECONDS);
        applier.submit(() -> { }).get(5, TimeUnit.SECONDS);

        assertThat(sizes).containsExactly(GossipInbox.MAX_MESSAGES, 3);
    }

    @Test
    void messages_added_after_the_applier_shut_down_are_dropped_without_an_error() {
        applier.shutdownNow();
        List<List<Integer>> calls = new ArrayList<>();
        GossipInbox<Integer> inbox = new GossipInbox<>(applier, calls::add);

        inbox.add(1);

        assertThat(calls).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
