package io.cosmicsync.domain.sync;

/** A broken invariant of the sync model: a programming error or corrupt data, never an expected refusal. */
public class SyncException extends RuntimeException {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
