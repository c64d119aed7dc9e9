package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.List;
import java.util.Map;

/** Tells the {@link ChangesCommittedPort} about committed changes, after the commit, never failing the caller. */
final class CommitNotifier {
    private static final System.Logger LOG = System.getLogger(CommitNotifier.class.getName());

    private CommitNotifier() {
    }

    static void notify(ChangesCommittedPort listener, List<Change> changes, CommittedChanges.Origin origin,
                       Map<ChangeId, byte[]> signatures) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            listener.changesCommitted(new CommittedChanges(changes, origin, signatures));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a listener of committed changes failed; the changes stay committed", e);
        }
    }
}
