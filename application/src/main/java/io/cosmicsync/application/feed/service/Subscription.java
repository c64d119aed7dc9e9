package io.cosmicsync.application.feed.service;

import io.cosmicsync.application.feed.ChangeFeedListener;
import io.cosmicsync.application.feed.FeedEntry;
import io.cosmicsync.application.feed.FeedSubscription;
import io.cosmicsync.application.feed.port.in.FeedEnd;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One subscriber's feed: its scopes, its listener and its position (the last change delivered, or a point
 * every earlier matching change was delivered before). The position is written by the catch-up task until
 * the subscription is live, then only under the fan-out's lock.
 */
final class Subscription implements FeedSubscription {

    final Set<String> scopes;
    final ChangeFeedListener listener;
    private final Consumer<Subscription> starter;
    private final Consumer<Subscription> remover;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile long position;

    Subscription(Set<String> scopes, ChangeFeedListener listener, long position,
                 Consumer<Subscription> starter, Consumer<Subscription> remover) {
        this.scopes = scopes;
        this.listener = listener;
        this.position = position;
        this.starter = starter;
        this.remover = remover;
    }

    long position() {
        return position;
    }

    /** Raises the position to {@code through} (a page was read completely up to there). */
    void advanceTo(long through) {
        position = Math.max(position, through);
    }

    /** Delivers {@code entry} unless already delivered; {@code false} when this feed has ended (now or before). */
    boolean offer(FeedEntry entry) {
        if (ended.get()) {
            return false;
        }
        if (entry.seq() <= position) {
            return true;
        }
        position = entry.seq();
        if (!listener.deliver(entry.restrictedTo(scopes))) {
            end(new FeedEnd(FeedEnd.Reason.TOO_SLOW, "the subscriber's queue overflowed: it did not read its changes fast enough"));
            return false;
        }
        return true;
    }

    boolean isEnded() {
        return ended.get();
    }

    /** Ends the feed for its own reason and tells the listener, once. */
    void end(FeedEnd end) {
        if (ended.compareAndSet(false, true)) {
            remover.accept(this);
            listener.ended(end);
        }
    }

    @Override
    public void start() {
        if (!ended.get() && started.compareAndSet(false, true)) {
            starter.accept(this);
        }
    }

    @Override
    public void cancel() {
        if (ended.compareAndSet(false, true)) {
            remover.accept(this);
        }
    }
}
