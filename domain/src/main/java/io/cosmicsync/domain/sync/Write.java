package io.cosmicsync.domain.sync;

/**
 * One live write to a field: a value and the stamp of the change that set it.
 *
 * @param stamp who set it, when
 * @param value the value set
 */
public record Write(OpStamp stamp, Value value) {

    public Write {
        if (stamp == null || value == null) {
            throw new IllegalArgumentException("a write needs a stamp and a value");
        }
    }
}
