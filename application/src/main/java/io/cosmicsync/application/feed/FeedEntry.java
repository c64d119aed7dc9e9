package io.cosmicsync.application.feed;

import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.PeerId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One committed change as a feed subscriber sees it.
 *
 * @param seq       the change's position in the log ({@code sync_changes.seq}): commit order, the cursor
 * @param id        the change id
 * @param author    the peer that made it
 * @param hlc       its hybrid logical clock timestamp
 * @param origin    {@link Origin#LOCAL} when this node authored it, {@link Origin#REMOTE} when a peer did
 * @param documents the documents it touched, in {@code DocumentRef} order, each with its current JSON
 */
public record FeedEntry(long seq, ChangeId id, PeerId author, Hlc hlc, Origin origin, List<FeedDocument> documents) {

    /** Who made a change, seen from this node. */
    public enum Origin {
        /** This node's own author made it. */
        LOCAL,
        /** Another peer made it; it arrived by sync. */
        REMOTE
    }

    public FeedEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("a logged change has a positive seq, got " + seq);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(origin, "origin");
        documents = List.copyOf(documents);
    }

    /** The scopes (project ids) of the documents this change touched. */
    public Set<String> scopes() {
        Set<String> scopes = new TreeSet<>();
        documents.forEach(d -> scopes.add(d.ref().scope()));
        return scopes;
    }

    /**
     * This entry as a subscriber of {@code visible} may see it: only the documents in those scopes. Returns
     * this very instance when nothing is hidden, so one encoding can be shared by every such subscriber.
     */
    public FeedEntry restrictedTo(Set<String> visible) {
        if (documents.stream().allMatch(d -> visible.contains(d.ref().scope()))) {
            return this;
        }
        return new FeedEntry(seq, id, author, hlc, origin,
                documents.stream().filter(d -> visible.contains(d.ref().scope())).toList());
    }
}
