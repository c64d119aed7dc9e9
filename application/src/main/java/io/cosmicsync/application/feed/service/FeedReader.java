package io.cosmicsync.application.feed.service;

import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.FeedEntry;
import io.cosmicsync.application.feed.LoggedChange;
import io.cosmicsync.application.feed.port.out.LoadChangeFeedPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.PeerId;
import java.util.Objects;
import java.util.Set;

/** Reads the log through {@link LoadChangeFeedPort} and stamps each change with its origin seen from this node. */
final class FeedReader {

    private final LoadChangeFeedPort log;
    private final PeerId localAuthor;

    FeedReader(LoadChangeFeedPort log, PeerId localAuthor) {
        this.log = Objects.requireNonNull(log, "log");
        this.localAuthor = Objects.requireNonNull(localAuthor, "localAuthor");
    }

    long newestSeq() {
        return log.newestSeq();
    }

    FeedBatch read(Set<String> scopes, long after, long upTo, int max) {
        return log.loadChanges(scopes, after, upTo, max);
    }

    FeedEntry entry(LoggedChange.Available logged) {
        Change change = logged.change();
        FeedEntry.Origin origin = change.author().equals(localAuthor) ? FeedEntry.Origin.LOCAL : FeedEntry.Origin.REMOTE;
        return new FeedEntry(logged.seq(), change.id(), change.author(), change.hlc(), origin, logged.documents());
    }
}
