package io.cosmicsync.bootstrap.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's heap (MiB) and CPU figures for the bench output. */
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

    /** CPU seconds this process has used on all cores so far (0 when the OS does not say). */
    static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(0.0);
    }

    /** The maximum heap ({@code -Xmx}). */
    static long maxMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
