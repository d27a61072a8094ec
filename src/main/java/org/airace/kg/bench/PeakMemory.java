package org.airace.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory peaks of this JVM: resident set (VmHWM, Linux) and the sum of the heap pools' peaks. */
final class PeakMemory {
    private PeakMemory() {}

    /** Peak resident set size in bytes, or -1 where /proc is not available. */
    static long residentPeakBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Sum of the peak usage of every heap pool: an upper bound of the peak live heap. */
    static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null)
                sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /**
     * Samples, until the JVM ends, the heap in use just after the last collection (summed over heap
     * pools): what survives a collection is live data, so its maximum shows whether the live set grows
     * with the corpus, which the raw heap peak (mostly garbage awaiting collection) does not.
     */
    static void startLiveSampler() {
        Thread t = new Thread(() -> {
            while (true) {
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                        live += pool.getCollectionUsage().getUsed();
                }
                liveMax = Math.max(liveMax, live);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    private static volatile long liveMax;

    /** Prints both peaks as {@code key=value} lines for the parent of a {@link ChildJvm}. */
    static void print() {
        System.out.println("rssPeakBytes=" + residentPeakBytes());
        System.out.println("heapPeakBytes=" + heapPeakBytes());
        System.out.println("liveHeapPeakBytes=" + liveMax);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%.0f MB", bytes / 1048576.0);
    }
}
