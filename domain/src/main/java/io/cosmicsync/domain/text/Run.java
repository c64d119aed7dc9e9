package io.cosmicsync.domain.text;

/**
 * A run: consecutive code points inserted by one agent with consecutive counters, each typed right
 * after the previous one, all alive or all deleted. Only the first code point stores its origin; the
 * origin of every later one is its predecessor in the run. Deleted runs drop their text.
 */
final class Run {
    static final int START = -1;

    final int agent;
    final long counter;
    int len;
    final int originAgent;
    final long originCounter;
    boolean deleted;
    StringBuilder text;
    Chunk chunk;

    Run(int agent, long counter, int len, int originAgent, long originCounter, boolean deleted, StringBuilder text) {
        this.agent = agent;
        this.counter = counter;
        this.len = len;
        this.originAgent = originAgent;
        this.originCounter = originCounter;
        this.deleted = deleted;
        this.text = deleted ? null : text;
    }

    int visible() {
        return deleted ? 0 : len;
    }

    long end() {
        return counter + len;
    }

    /** Whether {@code next} may be appended to this run without losing information. */
    boolean continuedBy(int agent, long counter, int originAgent, long originCounter, boolean deleted) {
        return this.agent == agent && end() == counter && this.deleted == deleted
                && originAgent == agent && originCounter == counter - 1;
    }

    /** Cuts this run at code point offset {@code k} (0 &lt; k &lt; len) and returns the tail. */
    Run cut(int k) {
        StringBuilder tail = null;
        if (!deleted) {
            int at = text.length() == len ? k : text.offsetByCodePoints(0, k);
            tail = new StringBuilder(text.length() - at + 16).append(text, at, text.length());
            text.setLength(at);
        }
        Run r = new Run(agent, counter + k, len - k, agent, counter + k - 1, deleted, tail);
        len = k;
        return r;
    }

    void markDeleted() {
        deleted = true;
        text = null;
    }
}
