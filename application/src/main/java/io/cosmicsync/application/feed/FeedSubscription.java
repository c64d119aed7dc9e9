package io.cosmicsync.application.feed;

/** An open feed. Both methods are idempotent and return at once. */
public interface FeedSubscription {

    /** Starts delivering: first the changes after the cursor, then new ones. Nothing arrives before. */
    void start();

    /** Stops delivering; the listener is not told ({@link ChangeFeedListener#ended} is for the feed's own reasons). */
    void cancel();
}
