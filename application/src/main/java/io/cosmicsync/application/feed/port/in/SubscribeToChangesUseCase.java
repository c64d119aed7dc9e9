package io.cosmicsync.application.feed.port.in;

/**
 * Opens a live feed of committed changes: every change, made on this node or received from a peer, that
 * touches the subscribed scopes, in commit order, each with its position (the cursor), first the ones after
 * the given cursor, then new ones as they commit. A subscriber that comes back with the position of the last
 * change it received gets exactly the changes it missed.
 *
 * <p>The caller must be a member of every scope's project ({@code ProjectAction.SUBSCRIBE}); a scope that is
 * not a project the caller belongs to is refused as not found. Blocks on the database (access checks):
 * call it off event-loop threads. Deliveries start with {@link FeedSubscription#start()} and arrive on the
 * feed's own threads.
 */
public interface SubscribeToChangesUseCase {

    /** Most scopes one subscription may name. */
    int MAX_SCOPES = 100;

    SubscribeResult subscribe(SubscribeToChangesCommand command);
}
