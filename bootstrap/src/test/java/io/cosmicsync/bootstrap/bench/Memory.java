package io.cosmicsync.bootstrap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Heap, process memory and CPU-time readings for the benchmark (HotSpot on Linux). */
final class Memory {
    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private Memory() {
    }

    /** Heap in use after two full collections, bytes. */
    static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Starts a new peak-heap window. */
    static void resetHeapPeaks() {
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum over the heap pools (eden, survivor, old) of each pool's peak use since {@link #resetHeapPeaks}, bytes. */
    static long heapPeak() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Bytes allocated on the Java heap by the current thread so far. */
    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** CPU time of the whole process (all threads: the caller, GC, JIT) so far, nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The process's resident-set high-water mark ({@code VmHWM} of /proc/self/status), bytes; -1 elsewhere. */
    static long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
