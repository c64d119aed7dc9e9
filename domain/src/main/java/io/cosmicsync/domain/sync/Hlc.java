package io.cosmicsync.domain.sync;

/**
 * A hybrid logical clock timestamp (Kulkarni, Demirbas et al. 2014, "Logical Physical Clocks and
 * Consistent Snapshots in Globally Distributed Databases"): {@code l}, the largest physical time seen,
 * in milliseconds since the Unix epoch, and {@code c}, a logical counter ordering events that share
 * {@code l}. Ordered by {@code l}, then {@code c}; causally later events have greater timestamps.
 *
 * @param physicalMillis l, milliseconds since 1970-01-01T00:00Z, at least 0
 * @param logical        c, at least 0
 */
public record Hlc(long physicalMillis, int logical) implements Comparable<Hlc> {

    /** The smallest timestamp, below every real one. */
    public static final Hlc ZERO = new Hlc(0, 0);

    public Hlc {
        if (physicalMillis < 0 || logical < 0) {
            throw new IllegalArgumentException("HLC components must be non-negative: " + physicalMillis + "/" + logical);
        }
    }

    @Override
    public int compareTo(Hlc o) {
        int c = Long.compare(physicalMillis, o.physicalMillis);
        return c != 0 ? c : Integer.compare(logical, o.logical);
    }

    public boolean isAfter(Hlc o) {
        return compareTo(o) > 0;
    }

    public static Hlc max(Hlc a, Hlc b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return physicalMillis + "." + logical;
    }
}
