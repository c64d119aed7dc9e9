package io.cosmicsync.bootstrap.cli.trace;

/**
 * An editing trace that cannot be replayed: unreadable, not gzip or JSON, larger than allowed, of the
 * wrong shape, or naming positions or parents that do not exist. The message is one line for the user,
 * naming the place in the trace (for example {@code txns[12].patches[0]}) where it went wrong.
 */
public final class MalformedTraceException extends RuntimeException {

    public MalformedTraceException(String message) {
        super(message);
    }
}
