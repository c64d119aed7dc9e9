package io.cosmicsync.application.feed;

import io.cosmicsync.domain.sync.Change;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One row of the change log as {@link LoadChangeFeedPort} returns it. */
public sealed interface LoggedChange {

    /** The row's position in the log. */
    long seq();

    /**
     * A change with its body, and the current state of the documents it touched.
     *
     * @param documents every document the change touched, in {@code DocumentRef} order
     */
    record Available(long seq, Change change, List<FeedDocument> documents) implements LoggedChange {
        public Available {
            Objects.requireNonNull(change, "change");
            documents = List.copyOf(documents);
        }
    }

    /**
     * A change whose body compaction removed: a subscriber behind it cannot be given it.
     *
     * @param scopes the scopes it touched, empty when unknown (logged before scopes were recorded)
     */
    record Pruned(long seq, Set<String> scopes) implements LoggedChange {
        public Pruned {
            scopes = Set.copyOf(scopes);
        }
    }
}
