package io.cosmicsync.domain.sync;

import java.util.List;

/**
 * Decides what a field shows when several writes are live (made concurrently, none superseding the
 * others). Must be deterministic: a pure function of the writes, which arrive sorted by
 * {@link OpStamp}, so every replica shows the same whatever the delivery order. See
 * {@link StandardResolver} for the built-in ones.
 */
public interface ConflictResolver {

    /** @param live the live writes, at least one, ascending by stamp */
    Resolution resolve(List<Write> live);
}
