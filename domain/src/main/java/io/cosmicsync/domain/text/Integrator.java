package io.cosmicsync.domain.text;

/**
 * RGA integration of operations into a {@link CollaborativeText}. An insert goes right after its
 * origin, then moves right past every run whose first id is greater than its own: those are concurrent
 * inserts at the same origin with higher priority, or their descendants (which carry greater Lamport
 * counters still). The first smaller id ends the scan (Roh et al. 2011, list form as in Automerge).
 */
final class Integrator {
    private Integrator() {
    }

    static boolean insert(CollaborativeText t, TextOp.Insert op) {
        RunList list = t.list;
        int a = t.agentId(op.id().agent());
        long c = op.id().counter();
        if (list.find(a, c) != null) {
            return false;
        }
        int n = op.length();
        int oa = Run.START;
        long oc = 0;
        Run prev = null;
        Run candidate;
        if (op.origin() == null) {
            candidate = list.first();
        } else {
            oa = t.knownAgentId(op.origin().agent());
            oc = op.origin().counter();
            Run o = list.find(oa, oc);
            if (o == null) {
                throw new TextException("unknown origin " + op.origin() + ": operations must arrive in causal order");
            }
            int k = (int) (oc - o.counter);
            prev = o;
            if (k < o.len - 1 && !greater(t, o.agent, oc + 1, a, c)) {
                list.split(o, k + 1);
                candidate = null;
            } else {
                candidate = list.next(o);
            }
        }
        while (candidate != null && greater(t, candidate.agent, candidate.counter, a, c)) {
            prev = candidate;
            candidate = list.next(candidate);
        }
        t.maxCounter = Math.max(t.maxCounter, c + n - 1);
        if (prev != null && prev.continuedBy(a, c, oa, oc, false)) {
            list.append(prev, op.text(), n);
        } else {
            list.insertAfter(prev, new Run(a, c, n, oa, oc, false, new StringBuilder(op.text())));
        }
        return true;
    }

    static boolean delete(CollaborativeText t, TextOp.Delete op) {
        RunList list = t.list;
        boolean changed = false;
        for (IdSpan span : op.spans()) {
            int a = t.knownAgentId(span.agent());
            long c = span.start();
            long end = c + span.length();
            while (c < end) {
                Run r = list.find(a, c);
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
