package io.cosmicsync.application.feed;

import io.cosmicsync.application.feed.port.in.FeedEnd;

/**
 * Where a feed delivers, implemented by the adapter that holds the subscriber's connection. Called on the
 * feed's threads, one call at a time per subscription, in position order; every method must return at once
 * (queue, never block).
 */
public interface ChangeFeedListener {

    /**
     * One change, showing only documents of the subscribed scopes.
     *
     * @return {@code false} when the subscriber's queue is full: the feed then ends with {@link FeedEnd.Reason#TOO_SLOW}
     */
    boolean deliver(FeedEntry entry);

    /** How many delivered changes still wait to be sent; catching up pauses while this is high. */
    int backlog();

    /** The feed ended for its own reason; nothing more is delivered. */
    void ended(FeedEnd end);
}
