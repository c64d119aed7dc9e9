package io.cosmicsync.application.feed.port.out;

import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.LoggedChange;
import java.util.Set;

/**
 * Reads the committed change log by position ({@code seq}) and scope, for live feeds.
 *
 * <p>Positions are the log's commit order. Sync writes are serialized, so once a change with position
 * {@code n} is visible every change below {@code n} is visible too: a reader that asks for
 * {@code (after, upTo]} with {@code upTo <= newestSeq()} gets a complete range. Storage failures surface as
 * unchecked exceptions of the adapter's choosing; nothing here blocks on other writers.
 */
public interface LoadChangeFeedPort {

    /** The position of the newest committed change, 0 when the log is empty. */
    long newestSeq();

    /**
     * The logged changes that touch at least one of {@code scopes}, with {@code after < seq <= upTo}, in
     * position order, at most {@code max} of them. A change whose body compaction pruned comes back as
     * {@link LoggedChange.Pruned}.
     *
     * @param scopes scopes (project ids) of interest, not empty
     * @param after  exclusive lower bound, 0 for the beginning of the log
     * @param upTo   inclusive upper bound, a value {@link #newestSeq()} returned
     * @param max    page size, at least 1
     */
    FeedBatch loadChanges(Set<String> scopes, long after, long upTo, int max);
}
