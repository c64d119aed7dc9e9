package io.cosmicsync.application.feed.service;

import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.LoggedChange;
import io.cosmicsync.application.feed.port.in.FeedEnd;
import java.lang.System.Logger.Level;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings one subscription from its cursor up to the live head with its own paged reads, one page per task
 * on the worker, pausing while the subscriber's backlog is high, then asks the {@link LiveFanOut} to take
 * it over (and reads again if the live head moved past it meanwhile).
 */
final class CatchUp {

    static final int PAGE = 256;
    /** Catching up pauses while more than this many changes wait to be sent to the subscriber. */
    static final int PAUSE_BACKLOG = 256;
    private static final long PAUSE_MILLIS = 20;
    private static final System.Logger LOG = System.getLogger(CatchUp.class.getName());

    private final FeedReader reader;
    private final LiveFanOut fanOut;
    private final ScheduledExecutorService worker;

    CatchUp(FeedReader reader, LiveFanOut fanOut, ScheduledExecutorService worker) {
        this.reader = reader;
        this.fanOut = fanOut;
        this.worker = worker;
    }

    void start(Subscription subscription) {
        submit(subscription, 0);
    }

    private void submit(Subscription subscription, long delayMillis) {
        try {
            worker.schedule(() -> step(subscription), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            subscription.end(new FeedEnd(FeedEnd.Reason.FAILED, "the node is shutting down"));
        }
    }

    private void step(Subscription subscription) {
        if (subscription.isEnded()) {
            return;
        }
        if (subscription.listener.backlog() > PAUSE_BACKLOG) {
            submit(subscription, PAUSE_MILLIS);
            return;
        }
        try {
            long newest = reader.newestSeq();
            if (subscription.position() < newest && !readPage(subscription, newest)) {
                return;
            }
            if (subscription.position() >= newest && fanOut.tryJoin(subscription)) {
                return;
            }
            submit(subscription, 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live feed: catching a subscriber up failed", e);
            subscription.end(new FeedEnd(FeedEnd.Reason.FAILED, "reading the change log failed; subscribe again with your last cursor"));
        }
    }

    /** Delivers one page; {@code false} when the subscription ended. */
    private boolean readPage(Subscription subscription, long newest) {
        FeedBatch batch = reader.read(subscription.scopes, subscription.position(), newest, PAGE);
        for (LoggedChange change : batch.changes()) {
            if (change instanceof LoggedChange.Pruned pruned) {
                subscription.end(ChangeFeedService.compacted(pruned.seq()));
                return false;
            }
            if (!subscription.offer(reader.entry((LoggedChange.Available) change))) {
                return false;
            }
        }
        subscription.advanceTo(batch.through());
        return true;
    }
}
