package io.cosmicsync.application.feed;

import java.util.List;

/**
 * A page of the change log.
 *
 * @param changes the matching changes, in position order
 * @param through every matching change with a position up to this one is in this page or an earlier one:
 *                the last change's position when the page is full, else the requested upper bound
 */
public record FeedBatch(List<LoggedChange> changes, long through) {

    public FeedBatch {
        changes = List.copyOf(changes);
    }
}
