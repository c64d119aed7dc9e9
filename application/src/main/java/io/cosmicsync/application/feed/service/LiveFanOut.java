package io.cosmicsync.application.feed.service;

import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.LoggedChange;
import io.cosmicsync.application.feed.port.in.FeedEnd;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live half of the feed: subscriptions that have caught up, indexed by scope, and one reader that,
 * on each wake-up, reads the log once past {@code head} for every live scope and hands each change to the
 * subscribers of its scopes. A thousand subscribers of one project cost one query per commit, not a thousand.
 *
 * <p>Invariant: every live subscription has been given every matching change up to {@code head}. A
 * subscription joins only when its own position is at least {@code head}; a page read while the set of live
 * scopes or the head changed is thrown away and read again, so no subscriber misses a change.
 */
final class LiveFanOut {

    static final int PAGE = 512;
    private static final System.Logger LOG = System.getLogger(LiveFanOut.class.getName());

    private final FeedReader reader;
    private final Executor dispatcher;
    private final Object lock = new Object();
    private final Map<String, Set<Subscription>> live = new HashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long head;
    private long scopesVersion;

    LiveFanOut(FeedReader reader, Executor dispatcher) {
        this.reader = reader;
        this.dispatcher = dispatcher;
    }

    /** Something committed: read and fan out soon, on the dispatcher thread. Returns at once. */
    void wakeUp() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                dispatcher.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                scheduled.set(false);
            }
        }
    }

    /** Makes {@code subscription} live if it is not behind {@code head}; {@code false} when it must read further first. */
    boolean tryJoin(Subscription subscription) {
        synchronized (lock) {
            if (subscription.isEnded()) {
                return true;
            }
            if (live.isEmpty()) {
                head = subscription.position();
            }
            if (subscription.position() < head) {
                return false;
            }
            for (String scope : subscription.scopes) {
                live.computeIfAbsent(scope, s -> {
                    scopesVersion++;
                    return new LinkedHashSet<>();
                }).add(subscription);
            }
        }
        wakeUp();
        return true;
    }

    void remove(Subscription subscription) {
        synchronized (lock) {
            for (String scope : subscription.scopes) {
                Set<Subscription> subscribers = live.get(scope);
                if (subscribers != null && subscribers.remove(subscription) && subscribers.isEmpty()) {
                    live.remove(scope);
                }
            }
        }
    }

    /** How many subscriptions are live (for metrics and tests). */
    int liveCount() {
        synchronized (lock) {
            return (int) live.values().stream().flatMap(Set::stream).distinct().count();
        }
    }

    private void drain() {
        scheduled.set(false);
        try {
            while (drainPage()) {
                // the log moved on past one page, or a page was read for an outdated set of scopes
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live feed: reading the change log failed; retrying at the next commit", e);
        }
    }

    /** Reads and fans out one page; {@code true} when there is more to read now. */
    private boolean drainPage() {
        Set<String> scopes;
        long from;
        long version;
        synchronized (lock) {
            if (live.isEmpty()) {
                return false;
            }
            scopes = Set.copyOf(live.keySet());
            from = head;
            version = scopesVersion;
        }
        long newest = reader.newestSeq();
        if (newest <= from) {
            return false;
        }
        FeedBatch batch = reader.read(scopes, from, newest, PAGE);
        synchronized (lock) {
            if (head != from || scopesVersion != version) {
                return true;
            }
            batch.changes().forEach(this::fanOut);
            head = batch.through();
        }
        return batch.through() < newest;
    }

    private void fanOut(LoggedChange change) {
        if (change instanceof LoggedChange.Available available) {
            var entry = reader.entry(available);
            for (Subscription subscriber : subscribersOf(entry.scopes())) {
                subscriber.offer(entry);
            }
        } else if (change instanceof LoggedChange.Pruned pruned) {
            Set<String> scopes = pruned.scopes().isEmpty() ? live.keySet() : pruned.scopes();
            for (Subscription subscriber : subscribersOf(scopes)) {
                if (subscriber.position() < pruned.seq()) {
                    subscriber.end(ChangeFeedService.compacted(pruned.seq()));
                }
            }
        }
    }

    private List<Subscription> subscribersOf(Set<String> scopes) {
        List<Subscription> out = new ArrayList<>();
        for (String scope : scopes) {
            Set<Subscription> subscribers = live.get(scope);
            if (subscribers != null) {
                out.addAll(subscribers);
            }
        }
        return out;
    }
}
