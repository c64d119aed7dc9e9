package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Operation;
import java.util.SortedSet;
import java.util.TreeSet;

/** The scopes (project ids) a change's operations touch: the {@code sync_changes.scopes} column. */
final class ChangeScopes {

    private ChangeScopes() {
    }

    static SortedSet<String> of(Change change) {
        SortedSet<String> scopes = new TreeSet<>();
        change.operations().stream().map(Operation::document).forEach(ref -> scopes.add(ref.scope()));
        return scopes;
    }
}
