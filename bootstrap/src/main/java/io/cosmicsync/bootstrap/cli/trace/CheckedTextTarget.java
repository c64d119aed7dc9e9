package io.cosmicsync.bootstrap.cli.trace;

import io.cosmicsync.application.sync.trace.TextTraceTarget;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.application.sync.trace.TraceTarget;
import io.cosmicsync.application.sync.trace.TraceTransaction;
import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextOp;
import java.util.List;

/**
 * A {@link TextTraceTarget} that checks each patch against the replica's text before applying it, so
 * a position or deletion past the end is reported as a {@link MalformedTraceException} naming the
 * transaction and patch ({@code txns[7].patches[1]}) instead of surfacing from the text type. Relies on
 * {@code TraceReplayer} calling {@link #applyLocal} once per transaction, in trace order.
 */
final class CheckedTextTarget implements TraceTarget<CollaborativeText, List<TextOp>> {
    private final TextTraceTarget delegate = new TextTraceTarget();
    private int next;

    /** {@code syntheticTransactions}: leading transactions not in the file (a start content), not numbered. */
    CheckedTextTarget(int syntheticTransactions) {
        this.next = -syntheticTransactions;
    }

    @Override
    public CollaborativeText newReplica(int agent) {
        return delegate.newReplica(agent);
    }

    @Override
    public List<TextOp> applyLocal(CollaborativeText text, int agent, TraceTransaction txn) {
        int index = next++;
        long length = text.length();
        List<TracePatch> patches = txn.patches();
        for (int k = 0; k < patches.size(); k++) {
            TracePatch patch = patches.get(k);
            String where = "txns[" + index + "].patches[" + k + "]";
            if (patch.position() > length) {
                throw new MalformedTraceException(where + ": position " + patch.position()
                        + " is past the end of the text (length " + length + ")");
            }
            if ((long) patch.position() + patch.deleteCount() > length) {
                throw new MalformedTraceException(where + ": deleting " + patch.deleteCount() + " at position "
                        + patch.position() + " runs past the end of the text (length " + length + ")");
            }
            length += patch.insertText().codePointCount(0, patch.insertText().length()) - patch.deleteCount();
        }
        return delegate.applyLocal(text, agent, txn);
    }

    @Override
    public void applyRemote(CollaborativeText text, List<TextOp> update) {
        delegate.applyRemote(text, update);
    }

    @Override
    public String content(CollaborativeText text) {
        return delegate.content(text);
    }
}
