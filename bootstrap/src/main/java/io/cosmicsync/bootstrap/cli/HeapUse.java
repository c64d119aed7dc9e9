package io.cosmicsync.bootstrap.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's heap figures for the bench output, in MiB. */
final class HeapUse {

    private HeapUse() {
    }

    /** The sum of every heap pool's peak use since the JVM started (an upper bound of the peak heap). */
    static long peakMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    /** The maximum heap ({@code -Xmx}). */
    static long maxMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
