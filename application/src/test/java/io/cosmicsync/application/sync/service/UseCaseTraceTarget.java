package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.application.sync.trace.TraceTarget;
import io.cosmicsync.application.sync.trace.TraceTransaction;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a trace through the real use cases: each transaction is one local change (hashed, stamped,
 * logged) on the agent's {@link SyncNode}; merging ships changes through remote-change application.
 */
final class UseCaseTraceTarget implements TraceTarget<SyncNode, Change> {
    static final DocumentRef DOC = new DocumentRef("trace", "documents", "doc");
    static final String FIELD = "body";

    @Override
    public SyncNode newReplica(int agent) {
        return new SyncNode("agent-" + agent, 1_700_000_000_000L);
    }

    @Override
    public Change applyLocal(SyncNode node, int agent, TraceTransaction txn) {
        List<Mutation> mutations = new ArrayList<>();
        for (TracePatch p : txn.patches()) {
            if (p.deleteCount() > 0) {
                mutations.add(new Mutation.DeleteText(FIELD, p.position(), p.deleteCount()));
            }
            if (!p.insertText().isEmpty()) {
                mutations.add(new Mutation.InsertText(FIELD, p.position(), p.insertText()));
            }
        }
        node.millis.incrementAndGet();
        return node.edit(DOC, mutations.toArray(Mutation[]::new));
    }

    @Override
    public void applyRemote(SyncNode node, Change change) {
        RemoteChangesResult r = node.receive(List.of(change));
        if (!r.applied().equals(List.of(change.id()))) {
            throw new AssertionError("change not applied at once: " + r);
        }
    }

    @Override
    public String content(SyncNode node) {
        DocumentView view = node.view(DOC);
        return view == null ? "" : view.texts().getOrDefault(FIELD, "");
    }
}
