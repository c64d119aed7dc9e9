package io.cosmicsync.domain.text;

/**
 * State-based merge: brings into one text every run of another that it lacks (alive or deleted),
 * then the other's deletions. Runs are taken in the other's document order, in which every origin
 * precedes the runs typed after it, which is all RGA integration needs (the final order is the origin
 * tree's, whatever the integration order). Parts of a run already present are skipped, so merging is
 * idempotent, commutative and associative on content.
 */
final class StateMerge {
    private StateMerge() {
    }

    static void merge(CollaborativeText into, CollaborativeText from) {
        from.list.forEach(s -> {
            int a = into.agentId(from.agents.get(s.agent));
            long c = s.counter;
            while (c < s.end()) {
                Run mine = into.list.ids.find(a, c);
                if (mine != null) {
                    c = Math.min(s.end(), mine.end());
                    continue;
                }
                long stop = Math.min(s.end(), into.list.ids.nextStart(a, c));
                int k = (int) (stop - c);
                int oa = a;
                long oc = c - 1;
                if (c == s.counter) {
                    oa = s.originAgent == Run.START ? Run.START : into.agentId(from.agents.get(s.originAgent));
                    oc = s.originCounter;
                }
                StringBuilder text = null;
                if (!s.deleted) {
                    int off = (int) (c - s.counter);
                    int begin = s.text.length() == s.len ? off : s.text.offsetByCodePoints(0, off);
                    int end = s.text.length() == s.len ? off + k : s.text.offsetByCodePoints(begin, k);
                    text = new StringBuilder(s.text.substring(begin, end));
                }
                Integrator.integrate(into, new Run(a, c, k, oa, oc, s.deleted, text));
                c = stop;
            }
        });
        from.list.forEach(s -> {
            if (s.deleted) {
                Integrator.delete(into, new TextOp.Delete(java.util.List.of(new IdSpan(from.agents.get(s.agent), s.counter, s.len))));
            }
        });
    }
}
