package io.cosmicsync.domain.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A collaborative plain text: a sequence CRDT of the RGA family (Roh et al. 2011, "Replicated abstract
 * data types"), with Lamport-counter ids as in Automerge, stored as runs of code points in a chunked
 * list (see docs/decisions/0002-text-crdt.md).
 *
 * <p>Local edits ({@link #insert}, {@link #delete}) take positions in Unicode code points, apply at
 * once and return the {@link TextOp} to send; {@link #apply} integrates operations from other replicas,
 * idempotently. Operations must arrive in causal order, otherwise {@link TextException}. Replicas that
 * applied the same set of operations hold the same text, whatever the order. Not thread-safe.
 */
public final class CollaborativeText {
    final RunList list = new RunList();
    final List<String> agents = new ArrayList<>();
    private final Map<String, Integer> agentIds = new HashMap<>();
    long maxCounter;

    private CollaborativeText() {
    }

    /** An empty text. */
    public static CollaborativeText create() {
        return new CollaborativeText();
    }

    /** Visible length in code points. */
    public int length() {
        return list.length;
    }

    /** Highest Lamport counter seen; the next local insert uses this plus one. */
    public long maxCounter() {
        return maxCounter;
    }

    /** Number of runs stored (alive and deleted), a measure of fragmentation. */
    public int runCount() {
        return list.runCount;
    }

    /** The visible text. */
    public String content() {
        StringBuilder sb = new StringBuilder(list.length + 16);
        list.forEach(r -> {
            if (!r.deleted) {
                sb.append(r.text);
            }
        });
        return sb.toString();
    }

    /** Ids of the visible code points, in document order (for sequences of values built on this text). */
    public List<CharId> visibleIds() {
        List<CharId> out = new ArrayList<>(list.length);
        list.forEach(r -> {
            if (!r.deleted) {
                for (int i = 0; i < r.len; i++) {
                    out.add(new CharId(agents.get(r.agent), r.counter + i));
                }
            }
        });
        return out;
    }

    /** Inserts {@code text} at code point position {@code pos} for {@code agent}; returns the op to send. */
    public TextOp.Insert insert(String agent, int pos, String text) {
        TextOp.Insert op = prepareInsert(agent, pos, text);
        apply(op);
        return op;
    }

    /** Deletes {@code count} code points from {@code pos}; returns the op to send. */
    public TextOp.Delete delete(int pos, int count) {
        TextOp.Delete op = prepareDelete(pos, count);
        apply(op);
        return op;
    }

    /** The op that {@link #insert} would apply, without applying it. */
    public TextOp.Insert prepareInsert(String agent, int pos, String text) {
        checkRange(pos, 0);
        CharId origin = null;
        if (pos > 0) {
            list.locate(pos - 1);
            origin = new CharId(agents.get(list.locRun.agent), list.locRun.counter + list.locOff);
        }
        return new TextOp.Insert(new CharId(agent, maxCounter + 1), origin, text);
    }

    /** The op that {@link #delete} would apply, without applying it. */
    public TextOp.Delete prepareDelete(int pos, int count) {
        checkRange(pos, count);
        List<IdSpan> spans = new ArrayList<>();
        int p = pos;
        int remaining = count;
        while (remaining > 0) {
            list.locate(p);
            Run r = list.locRun;
            int take = Math.min(remaining, r.len - list.locOff);
            long start = r.counter + list.locOff;
            String agent = agents.get(r.agent);
            IdSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.agent().equals(agent) && last.start() + last.length() == start) {
                spans.set(spans.size() - 1, new IdSpan(agent, last.start(), last.length() + take));
            } else {
                spans.add(new IdSpan(agent, start, take));
            }
            p += take;
            remaining -= take;
        }
        return new TextOp.Delete(spans);
    }

    /** Integrates {@code op}; returns {@code false} when it changed nothing (already applied). */
    public boolean apply(TextOp op) {
        if (op instanceof TextOp.Insert ins) {
            return Integrator.insert(this, ins);
        }
        return Integrator.delete(this, (TextOp.Delete) op);
    }

    /**
     * Merges another replica's whole state into this one (state-based sync, e.g. after decoding a
     * {@link TextCodec#encodeState} snapshot): afterwards this text contains everything both had.
     */
    public void merge(CollaborativeText other) {
        StateMerge.merge(this, other);
    }

    int agentId(String agent) {
        Integer id = agentIds.get(agent);
        if (id == null) {
            id = agents.size();
            agents.add(agent);
            agentIds.put(agent, id);
        }
        return id;
    }

    int knownAgentId(String agent) {
        Integer id = agentIds.get(agent);
        if (id == null) {
            throw new TextException("unknown agent " + agent + ": operations must arrive in causal order");
        }
        return id;
    }

    private void checkRange(int pos, int count) {
        if (pos < 0 || count < 0 || (long) pos + count > list.length) {
            throw new TextException("range [" + pos + ", " + ((long) pos + count) + ") is outside the text of length " + list.length);
        }
    }
}
