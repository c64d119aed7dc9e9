package io.cosmicsync.application.feed.service;

import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.FeedDocument;
import io.cosmicsync.application.feed.LoggedChange;
import io.cosmicsync.application.feed.port.out.LoadChangeFeedPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The change log in memory: positions 1, 2, ... in append order; a change touches one document. */
final class InMemoryChangeFeed implements LoadChangeFeedPort {

    static final PeerId LOCAL = new PeerId("local-peer");

    private final List<LoggedChange> log = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>();

    /** Appends a change setting {@code title} of {@code scope/notes/docId}; returns its position. */
    synchronized long append(String scope, String docId, String title) {
        DocumentRef ref = new DocumentRef(scope, "notes", docId);
        Change change = Change.create(LOCAL, new Hlc(1_000 + log.size(), 0), Set.of(),
                List.of(new Operation.SetField(ref, "title", Value.of(title), Set.of())));
        long seq = log.size() + 1;
        log.add(new LoggedChange.Available(seq, change, List.of(new FeedDocument(ref, false, "{\"title\":\"" + title + "\"}"))));
        scopes.add(scope);
        return seq;
    }

    /** Prunes the body of the change at {@code seq}, as compaction does. */
    synchronized void prune(long seq) {
        log.set((int) seq - 1, new LoggedChange.Pruned(seq, Set.of(scopes.get((int) seq - 1))));
    }

    @Override
    public synchronized long newestSeq() {
        return log.size();
    }

    @Override
    public synchronized FeedBatch loadChanges(Set<String> wanted, long after, long upTo, int max) {
        List<LoggedChange> out = new ArrayList<>();
        for (long seq = after + 1; seq <= upTo && out.size() < max; seq++) {
            if (wanted.contains(scopes.get((int) seq - 1))) {
                out.add(log.get((int) seq - 1));
            }
        }
        long through = out.size() == max ? out.get(out.size() - 1).seq() : upTo;
        return new FeedBatch(out, through);
    }
}
