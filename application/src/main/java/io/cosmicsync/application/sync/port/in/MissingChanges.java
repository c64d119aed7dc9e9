package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes a peer lacks, in causal order, as logged: their stored encodings with their signatures, ready to send
 * without decoding them.
 *
 * @param logged       at most the requested number; a change logged before signatures were kept has none (peers
 *                     reject it)
 * @param more         whether more remain: ask again with the same vector after {@code nextAfterSeq}
 * @param incomplete   whether compaction pruned changes the peer lacks: it needs a snapshot instead
 * @param nextAfterSeq where the next page starts: the log position of this page's last change (the asked
 *                     {@code afterSeq} when the page is empty)
 */
public record MissingChanges(List<SequencedChange> logged, boolean more, boolean incomplete, long nextAfterSeq) {

    public MissingChanges {
        logged = List.copyOf(logged);
    }

    /** The changes, decoded (each call decodes them again). */
    public List<Change> changes() {
        return logged.stream().map(SequencedChange::decode).toList();
    }

    /** The stored signature of each change that has one, by change id. */
    public Map<ChangeId, byte[]> signatures() {
        Map<ChangeId, byte[]> signatures = new HashMap<>();
        logged.stream().filter(row -> row.signature() != null).forEach(row -> signatures.put(row.id(), row.signature()));
        return signatures;
    }
}
