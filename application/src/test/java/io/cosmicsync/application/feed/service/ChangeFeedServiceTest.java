package io.cosmicsync.application.feed.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.feed.ChangeFeedListener;
import io.cosmicsync.application.feed.FeedEntry;
import io.cosmicsync.application.feed.port.in.FeedEnd;
import io.cosmicsync.application.feed.port.in.SubscribeResult;
import io.cosmicsync.application.feed.port.in.SubscribeToChangesCommand;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeFeedServiceTest {

    private static final String PROJECT = UUID.randomUUID().toString();
    private static final String OTHER = UUID.randomUUID().toString();
    private static final UserId ADA = UserId.random();

    private final InMemoryChangeFeed log = new InMemoryChangeFeed();
    private final ScheduledExecutorService worker = Executors.newScheduledThreadPool(2);
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();
    private final ChangeFeedService feed = new ChangeFeedService(log,
            query -> query.projectId().toString().equals(OTHER) ? new AccessDecision.NotFound("project " + OTHER)
                    : new AccessDecision.Allowed(ProjectRole.VIEWER), InMemoryChangeFeed.LOCAL, worker, dispatcher);

    @AfterEach
    void stop() throws Exception {
        worker.shutdownNow();
        dispatcher.shutdownNow();
    }

    /** Records what it is given; accepts at most {@code capacity} changes. */
    static final class Recorder implements ChangeFeedListener {
        final List<Long> seqs = new CopyOnWriteArrayList<>();
        final AtomicReference<FeedEnd> end = new AtomicReference<>();
        final int capacity;

        Recorder(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean deliver(FeedEntry entry) {
            if (seqs.size() >= capacity) {
                return false;
            }
            seqs.add(entry.seq());
            return true;
        }

        @Override
        public int backlog() {
            return 0;
        }

        @Override
        public void ended(FeedEnd end) {
            this.end.set(end);
        }
    }

    private static void awaitUntil(int seconds, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    private Recorder subscribe(Long after, int capacity) {
        Recorder recorder = new Recorder(capacity);
        SubscribeResult result = feed.subscribe(new SubscribeToChangesCommand(ADA, Set.of(PROJECT), after, recorder));
        assertThat(result).isInstanceOf(SubscribeResult.Subscribed.class);
        ((SubscribeResult.Subscribed) result).subscription().start();
        return recorder;
    }

    private void commit(String scope, int count) {
        for (int i = 0; i < count; i++) {
            log.append(scope, "doc" + (i % 7), "v" + i);
            feed.wakeUp();
        }
    }

    @Test
    void a_subscriber_from_the_start_gets_every_change_of_its_scope_once_in_order_while_commits_continue() throws Exception {
        commit(PROJECT, 700);
        commit(OTHER, 50);
        Recorder recorder = subscribe(0L, Integer.MAX_VALUE);
        Thread writer = new Thread(() -> {
            commit(PROJECT, 500);
            commit(OTHER, 20);
            commit(PROJECT, 300);
        });
        writer.start();
        writer.join();

        List<Long> expected = LongStream.rangeClosed(1, log.newestSeq()).filter(s -> s <= 700 || (s > 750 && s <= 1250) || s > 1270).boxed().toList();
        awaitUntil(10, () -> recorder.seqs.size() >= expected.size() && feed.liveSubscribers() == 1);
        Thread.sleep(100); // time for a duplicate, if one were coming
        assertThat(recorder.seqs).containsExactlyElementsOf(expected);
    }

    @Test
    void many_subscribers_joining_at_different_cursors_each_get_exactly_what_follows_their_cursor() throws Exception {
        commit(PROJECT, 100);
        List<Recorder> recorders = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> commit(PROJECT, 400));
        writer.start();
        for (long after = 0; after < 100; after += 7) {
            recorders.add(subscribe(after, Integer.MAX_VALUE));
        }
        writer.join();
        awaitUntil(10, () -> recorders.stream().allMatch(r -> r.seqs.size() > 0 && r.seqs.get(r.seqs.size() - 1) == 500));
        long after = 0;
        for (Recorder recorder : recorders) {
            assertThat(recorder.seqs).containsExactlyElementsOf(LongStream.rangeClosed(after + 1, 500).boxed().toList());
            after += 7;
        }
    }

    @Test
    void a_subscriber_without_a_cursor_starts_after_the_newest_change() throws Exception {
        commit(PROJECT, 5);
        Recorder recorder = subscribe(null, Integer.MAX_VALUE);
        commit(PROJECT, 2);
        awaitUntil(5, () -> recorder.seqs.size() == 2);
        assertThat(recorder.seqs).containsExactly(6L, 7L);
    }

    @Test
    void a_subscriber_that_does_not_keep_up_is_ended_as_too_slow_and_others_carry_on() throws Exception {
        Recorder slow = subscribe(null, 3);
        Recorder fine = subscribe(null, Integer.MAX_VALUE);
        commit(PROJECT, 10);
        // Either subscriber may still be catching up from the log when the commits land, and one that caught up
        // joins the live set only after its last page was delivered: wait for all three outcomes.
        awaitUntil(5, () -> fine.seqs.size() == 10 && slow.end.get() != null && feed.liveSubscribers() == 1);
        assertThat(slow.end.get().reason()).isEqualTo(FeedEnd.Reason.TOO_SLOW);
        assertThat(slow.seqs).hasSize(3);
        commit(PROJECT, 1);
        awaitUntil(5, () -> fine.seqs.size() == 11);
        assertThat(slow.seqs).hasSize(3);
    }

    @Test
    void a_subscriber_behind_a_compacted_change_is_told_to_resync() throws Exception {
        commit(PROJECT, 5);
        log.prune(3);
        Recorder recorder = subscribe(1L, Integer.MAX_VALUE);
        awaitUntil(5, () -> recorder.end.get() != null);
        assertThat(recorder.end.get().reason()).isEqualTo(FeedEnd.Reason.COMPACTED);
        assertThat(recorder.seqs).containsExactly(2L);
    }

    @Test
    void a_non_member_is_refused_and_a_cursor_from_the_future_is_unknown() throws Exception {
        Recorder recorder = new Recorder(10);
        assertThat(feed.subscribe(new SubscribeToChangesCommand(ADA, Set.of(PROJECT, OTHER), 0L, recorder)))
                .isInstanceOf(SubscribeResult.NotFound.class);
        assertThat(feed.subscribe(new SubscribeToChangesCommand(ADA, Set.of("not-a-uuid"), 0L, recorder)))
                .isInstanceOf(SubscribeResult.NotFound.class);
        assertThat(feed.subscribe(new SubscribeToChangesCommand(ADA, Set.of(PROJECT), 99L, recorder)))
                .isInstanceOf(SubscribeResult.UnknownCursor.class);
    }

    @Test
    void a_cancelled_subscription_receives_nothing_more() throws Exception {
        Recorder recorder = new Recorder(100);
        var subscribed = (SubscribeResult.Subscribed) feed.subscribe(new SubscribeToChangesCommand(ADA, Set.of(PROJECT), null, recorder));
        subscribed.subscription().start();
        awaitUntil(5, () -> feed.liveSubscribers() == 1);
        subscribed.subscription().cancel();
        commit(PROJECT, 3);
        Thread.sleep(100);
        assertThat(recorder.seqs).isEmpty();
        assertThat(feed.liveSubscribers()).isZero();
    }
}
