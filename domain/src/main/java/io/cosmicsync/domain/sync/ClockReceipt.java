package io.cosmicsync.domain.sync;

/** The outcome of showing a remote timestamp to a {@link HybridLogicalClock}. */
public sealed interface ClockReceipt {

    /**
     * The timestamp was accepted; the clock advanced to {@code now}.
     *
     * @param now the receive event's timestamp
     */
    record Accepted(Hlc now) implements ClockReceipt {
    }

    /**
     * The remote timestamp is further ahead of the local physical clock than the configured maximum
     * drift; the clock did not move and the change must not be applied.
     *
     * @param remote         the offending timestamp
     * @param aheadMillis    how far it is ahead of the local physical clock, ms
     * @param maxDriftMillis the configured maximum, ms
     */
    record RejectedDrift(Hlc remote, long aheadMillis, long maxDriftMillis) implements ClockReceipt {
        public String reason() {
            return "remote timestamp " + remote + " is " + aheadMillis + " ms ahead of the local clock; the maximum drift is "
                    + maxDriftMillis + " ms";
        }
    }
}
