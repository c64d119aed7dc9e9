package io.cosmicsync.domain.sync;

/** The wall clock a {@link HybridLogicalClock} reads: milliseconds since the Unix epoch. */
@FunctionalInterface
public interface PhysicalClock {

    long currentTimeMillis();

    /** The system clock. */
    static PhysicalClock system() {
        return System::currentTimeMillis;
    }
}
