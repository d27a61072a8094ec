package org.airace.kg.bench;

import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
     * Records, after every garbage collection until the JVM ends, the heap in use just after it
     * (summed over heap pools). What survives a collection is live data or not yet collected old
     * garbage, so its maximum bounds the live set from above; unlike the raw heap peak (mostly garbage
     * awaiting collection) it shows whether the data held grows with the corpus.
     */
    static void startLiveSampler() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP)
                heapPools.add(pool.getName());
        }
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType()))
                return;
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey()))
                    after += e.getValue().getUsed();
            }
            synchronized (PeakMemory.class) {
                liveMax = Math.max(liveMax, after);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter)
                emitter.addNotificationListener(listener, null, null);
        }
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
