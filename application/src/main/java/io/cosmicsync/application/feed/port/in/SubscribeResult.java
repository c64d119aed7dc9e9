package io.cosmicsync.application.feed.port.in;

import io.cosmicsync.application.feed.FeedSubscription;

/** What {@link SubscribeToChangesUseCase#subscribe} decided. */
public sealed interface SubscribeResult {

    /**
     * The feed is open; call {@link FeedSubscription#start()} to receive changes.
     *
     * @param cursor the position the feed starts after: the given cursor, or the newest position when none was given
     */
    record Subscribed(FeedSubscription subscription, long cursor) implements SubscribeResult {
    }

    /** A scope is no project the caller is a member of (whether or not it exists). */
    record NotFound(String what) implements SubscribeResult {
    }

    /** The caller is a member but may not subscribe (no role forbids it today; kept for the policy's sake). */
    record Forbidden(String reason) implements SubscribeResult {
    }

    /** The cursor is beyond this node's newest change: it comes from another node or database; resync. */
    record UnknownCursor(long cursor, long newest) implements SubscribeResult {
    }
}
