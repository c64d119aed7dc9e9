package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.List;
import java.util.Map;

/**
 * The changes a peer lacks, in causal order.
 *
 * @param changes    at most the requested number
 * @param more       whether more remain: ask again with the same vector after {@code nextAfterSeq}
 * @param incomplete whether compaction pruned changes the peer lacks: it needs a snapshot instead
 * @param signatures the stored author signature of each change that has one (changes logged before
 *                   signatures were kept have none, and peers will reject them)
 * @param nextAfterSeq where the next page starts: the log position of this page's last change (the asked
 *                   {@code afterSeq} when the page is empty)
 */
public record MissingChanges(List<Change> changes, boolean more, boolean incomplete, Map<ChangeId, byte[]> signatures,
                             long nextAfterSeq) {

    public MissingChanges {
        changes = List.copyOf(changes);
        signatures = Map.copyOf(signatures);
    }
}
