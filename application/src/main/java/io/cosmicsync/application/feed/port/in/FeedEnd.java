package io.cosmicsync.application.feed.port.in;

import java.util.Objects;

/**
 * Why a feed ended by itself.
 *
 * @param reason what happened
 * @param detail a sentence for the subscriber
 */
public record FeedEnd(Reason reason, String detail) {

    /** The ways a feed ends without being cancelled. */
    public enum Reason {
        /** Changes after the cursor were compacted away: the subscriber must reload the documents and subscribe anew. */
        COMPACTED,
        /** The subscriber did not take its changes fast enough; its queue overflowed. */
        TOO_SLOW,
        /** Reading the log failed; subscribing again resumes from the last cursor. */
        FAILED
    }

    public FeedEnd {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
