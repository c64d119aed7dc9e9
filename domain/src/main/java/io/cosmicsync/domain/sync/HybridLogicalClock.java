package io.cosmicsync.domain.sync;

/**
 * A replica's hybrid logical clock, following the send/receive rules of Kulkarni et al. 2014
 * (Figure 5): {@link #now()} for local events and sends, {@link #receive(Hlc)} for received messages.
 * A remote timestamp more than {@code maxDriftMillis} ahead of the local physical clock is refused
 * ({@link ClockReceipt.RejectedDrift}) so one peer with a broken clock cannot drag every clock forward.
 * Thread-safe (synchronized). Throws {@link SyncException} if the logical counter would overflow.
 */
public final class HybridLogicalClock {
    private final PhysicalClock physical;
    private final long maxDriftMillis;
    private Hlc last;

    private HybridLogicalClock(PhysicalClock physical, long maxDriftMillis, Hlc last) {
        if (maxDriftMillis < 0) {
            throw new IllegalArgumentException("maximum drift must be >= 0 ms");
        }
        this.physical = physical;
        this.maxDriftMillis = maxDriftMillis;
        this.last = last;
    }

    /** A clock starting at {@link Hlc#ZERO}. */
    public static HybridLogicalClock create(PhysicalClock physical, long maxDriftMillis) {
        return new HybridLogicalClock(physical, maxDriftMillis, Hlc.ZERO);
    }

    /** A clock resuming after {@code last} (e.g. the newest timestamp in the local change log). */
    public static HybridLogicalClock reconstitute(PhysicalClock physical, long maxDriftMillis, Hlc last) {
        return new HybridLogicalClock(physical, maxDriftMillis, last);
    }

    /** Timestamps a local or send event: l = max(l, pt); c = c + 1 if l did not move, else 0. */
    public synchronized Hlc now() {
        long pt = physical.currentTimeMillis();
        last = pt > last.physicalMillis() ? new Hlc(pt, 0) : new Hlc(last.physicalMillis(), next(last.logical()));
        return last;
    }

    /** Merges a received timestamp, or refuses it when it is too far in the future. */
    public synchronized ClockReceipt receive(Hlc remote) {
        long pt = physical.currentTimeMillis();
        long ahead = remote.physicalMillis() - pt;
        if (ahead > maxDriftMillis) {
            return new ClockReceipt.RejectedDrift(remote, ahead, maxDriftMillis);
        }
        long l = Math.max(Math.max(last.physicalMillis(), remote.physicalMillis()), pt);
        int c;
        if (l == last.physicalMillis() && l == remote.physicalMillis()) {
            c = next(Math.max(last.logical(), remote.logical()));
        } else if (l == last.physicalMillis()) {
            c = next(last.logical());
        } else if (l == remote.physicalMillis()) {
            c = next(remote.logical());
        } else {
            c = 0;
        }
        last = new Hlc(l, c);
        return new ClockReceipt.Accepted(last);
    }

    public synchronized Hlc last() {
        return last;
    }

    public long maxDriftMillis() {
        return maxDriftMillis;
    }

    private static int next(int logical) {
        if (logical == Integer.MAX_VALUE) {
            throw new SyncException("HLC logical counter overflow: the physical clock has not advanced for 2^31 events");
        }
        return logical + 1;
    }
}
