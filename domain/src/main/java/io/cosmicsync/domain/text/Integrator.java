package io.cosmicsync.domain.text;

/**
 * RGA integration of operations into a {@link CollaborativeText}. An insert goes right after its
 * origin, then moves right past every run whose first id is greater than its own: those are concurrent
 * inserts at the same origin with higher priority, or their descendants (which carry greater Lamport
 * counters still). The first smaller id ends the scan (Roh et al. 2011, list form as in Automerge).
 *
 * <p>Why this converges: the list is the pre-order walk of the origin tree with siblings by descending
 * id. Right after the origin come its children's subtrees; a subtree whose root is greater than the new
 * id holds only greater ids (descendants carry greater Lamport counters), so it is skipped whole; the
 * first smaller id is either a smaller sibling (insert before it) or lies outside the origin's subtree,
 * where every id is smaller than the origin's and so than the new one. The result depends only on which
 * runs are present, provided every origin is present before its runs — not on the arrival order.
 */
final class Integrator {
    private Integrator() {
    }

    static boolean insert(CollaborativeText t, TextOp.Insert op) {
        int a = t.agentId(op.id().agent());
        if (t.list.ids.find(a, op.id().counter()) != null) {
            return false;
        }
        int oa = Run.START;
        long oc = 0;
        if (op.origin() != null) {
            oa = t.knownAgentId(op.origin().agent());
            oc = op.origin().counter();
        }
        integrate(t, new Run(a, op.id().counter(), op.length(), oa, oc, false, new StringBuilder(op.text())));
        return true;
    }

    /** Places the new run {@code r} (not yet in the list; its origin must be) and links it in. */
    static void integrate(CollaborativeText t, Run r) {
        RunList list = t.list;
        Run prev = null;
        Run candidate;
        if (r.originAgent == Run.START) {
            candidate = list.first();
        } else {
            Run o = list.ids.find(r.originAgent, r.originCounter);
            if (o == null) {
                throw new TextException("unknown origin " + t.agents.get(r.originAgent) + "@" + r.originCounter
                        + ": operations must arrive in causal order");
            }
            int k = (int) (r.originCounter - o.counter);
            prev = o;
            if (k < o.len - 1 && !greater(t, o.agent, r.originCounter + 1, r.agent, r.counter)) {
                list.split(o, k + 1);
                candidate = null;
            } else {
                candidate = list.next(o);
            }
        }
        while (candidate != null && greater(t, candidate.agent, candidate.counter, r.agent, r.counter)) {
            prev = candidate;
            candidate = list.next(candidate);
        }
        t.maxCounter = Math.max(t.maxCounter, r.end() - 1);
        if (prev != null && prev.continuedBy(r.agent, r.counter, r.originAgent, r.originCounter, r.deleted)) {
            list.append(prev, r.text, r.len);
        } else {
            list.insertAfter(prev, r);
        }
    }

    static boolean delete(CollaborativeText t, TextOp.Delete op) {
        RunList list = t.list;
        boolean changed = false;
        for (IdSpan span : op.spans()) {
            int a = t.knownAgentId(span.agent());
            long c = span.start();
            long end = c + span.length();
            while (c < end) {
                Run r = list.ids.find(a, c);
                if (r == null) {
                    throw new TextException("unknown character " + span.agent() + "@" + c + ": operations must arrive in causal order");
                }
                if (r.deleted) {
                    c = Math.min(end, r.end());
                    continue;
                }
                if (c > r.counter) {
                    r = list.split(r, (int) (c - r.counter));
                }
                int take = (int) Math.min(end - c, r.len);
                if (take < r.len) {
                    list.split(r, take);
                }
                list.markDeleted(r);
                changed = true;
                c += take;
            }
        }
        return changed;
    }

    /** Whether id (agentA, counterA) has priority over (agentB, counterB). */
    private static boolean greater(CollaborativeText t, int agentA, long counterA, int agentB, long counterB) {
        if (counterA != counterB) {
            return counterA > counterB;
        }
        return t.agents.get(agentA).compareTo(t.agents.get(agentB)) > 0;
    }
}
