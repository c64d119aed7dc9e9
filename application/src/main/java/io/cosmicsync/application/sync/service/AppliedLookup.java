package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether the log held a change when a batch of remote changes arrived: the batch's changes, their dependencies and
 * the parked changes' are looked up in one read ({@link LoadChangesPort#appliedAmong}); any other id is asked alone.
 * Valid within one transaction, before the batch's own changes are appended.
 */
final class AppliedLookup implements Predicate<ChangeId> {

    private final LoadChangesPort log;
    private final Set<ChangeId> asked;
    private final Set<ChangeId> applied;

    private AppliedLookup(LoadChangesPort log, Set<ChangeId> asked, Set<ChangeId> applied) {
        this.log = log;
        this.asked = asked;
        this.applied = applied;
    }

    /** Reads, in one call, which of {@code received} and {@code parked} and of their dependencies the log holds. */
    static AppliedLookup of(LoadChangesPort log, Collection<Change> received, Collection<Change> parked) {
        Set<ChangeId> ids = new HashSet<>();
        for (Collection<Change> changes : List.of(received, parked)) {
            for (Change change : changes) {
                ids.add(change.id());
                ids.addAll(change.dependencies());
            }
        }
        return new AppliedLookup(log, ids, log.appliedAmong(ids));
    }

    @Override
    public boolean test(ChangeId id) {
        return applied.contains(id) || !asked.contains(id) && log.isApplied(id);
    }
}
