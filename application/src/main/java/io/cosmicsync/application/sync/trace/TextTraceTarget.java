package io.cosmicsync.application.sync.trace;

import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextOp;
import java.util.ArrayList;
import java.util.List;

/** Replays straight into {@link CollaborativeText}s; agent {@code i} edits as {@code "agent-i"}; updates are text ops. */
public final class TextTraceTarget implements TraceTarget<CollaborativeText, List<TextOp>> {

    @Override
    public CollaborativeText newReplica(int agent) {
        return CollaborativeText.create();
    }

    @Override
    public List<TextOp> applyLocal(CollaborativeText text, int agent, TraceTransaction txn) {
        List<TextOp> out = new ArrayList<>(txn.patches().size() * 2);
        String name = "agent-" + agent;
        for (TracePatch p : txn.patches()) {
            if (p.deleteCount() > 0) {
                out.add(text.delete(p.position(), p.deleteCount()));
            }
            if (!p.insertText().isEmpty()) {
                out.add(text.insert(name, p.position(), p.insertText()));
            }
        }
        return out;
    }

    @Override
    public void applyRemote(CollaborativeText text, List<TextOp> ops) {
        ops.forEach(text::apply);
    }

    @Override
    public String content(CollaborativeText text) {
        return text.content();
    }
}
