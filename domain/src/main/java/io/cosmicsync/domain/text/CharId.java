package io.cosmicsync.domain.text;

/**
 * Identity of one inserted character (Unicode code point) in a {@link CollaborativeText}: the agent
 * (peer id string) that inserted it and a Lamport counter. Counters of one insert of {@code n} code
 * points are {@code counter .. counter+n-1}. Ordering (counter, then agent) is the RGA priority
 * order (Roh et al. 2011; Automerge's {@code (counter, actor)} op ids).
 *
 * @param agent   the inserting peer id; not blank, at most 255 chars
 * @param counter Lamport counter, at least 1
 */
public record CharId(String agent, long counter) implements Comparable<CharId> {

    public CharId {
        if (agent == null || agent.isBlank() || agent.length() > 255) {
            throw new IllegalArgumentException("agent must be a non-blank string of at most 255 chars");
        }
        if (counter < 1) {
            throw new IllegalArgumentException("counter must be at least 1, was " + counter);
        }
    }

    /** Orders by counter, then by agent: the greater id wins the place nearer to the shared origin. */
    @Override
    public int compareTo(CharId o) {
        int c = Long.compare(counter, o.counter);
        return c != 0 ? c : agent.compareTo(o.agent);
    }
}
