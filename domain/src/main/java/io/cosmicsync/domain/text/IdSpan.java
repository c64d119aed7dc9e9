package io.cosmicsync.domain.text;

/**
 * A contiguous range of character ids of one agent: counters {@code start .. start+length-1}.
 *
 * @param agent  the agent that inserted the characters; not blank
 * @param start  first counter, at least 1
 * @param length number of code points, at least 1
 */
public record IdSpan(String agent, long start, int length) {

    public IdSpan {
        new CharId(agent, start);
        if (length < 1) {
            throw new IllegalArgumentException("length must be at least 1, was " + length);
        }
    }
}
