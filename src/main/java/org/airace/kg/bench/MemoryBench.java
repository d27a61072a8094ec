package org.airace.kg.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * Peak memory of {@code airace extract} (the full job: read, annotate, resolve, write) over two corpus
 * sizes, each in its own JVM with the same fixed maximum heap. What must not grow with the corpus is
 * the live heap (what survives collections) and with it the resident set.
 */
final class MemoryBench {
    private final Path work;
    private final String maxHeap;
    private final int threads;
    private final BenchReport report;

    MemoryBench(Path work, String maxHeap, int threads, BenchReport report) {
        this.work = work;
        this.maxHeap = maxHeap;
        this.threads = threads;
        this.report = report;
    }

    void run(BenchCorpus small, BenchCorpus large) throws Exception {
        Map<String, String> s = extract(small, "small");
        Map<String, String> l = extract(large, "large");
        report.add(Figure.of("memory, extraction of " + mb(small) + " (-Xmx" + maxHeap + ")", describe(s)));
        if (l.containsKey("error")) {
            report.add(new Figure("memory, extraction of " + mb(large) + " (-Xmx" + maxHeap + ")", l.get("error"),
                    describe(s), Double.NaN, "within 1.2x of " + mb(small), false));
            return;
        }
        double ratio = Double.parseDouble(l.get("rssPeakBytes")) / Double.parseDouble(s.get("rssPeakBytes"));
        double liveRatio = Double.parseDouble(l.get("liveHeapPeakBytes")) / Double.parseDouble(s.get("liveHeapPeakBytes"));
        report.add(new Figure("memory, extraction of " + mb(large) + " (-Xmx" + maxHeap + ")", describe(l),
                mb(small) + ": " + describe(s), 1 / ratio,
                "RSS within 1.2x (live heap ratio " + String.format("%.2f", liveRatio) + ")", ratio <= 1.2));
    }

    private Map<String, String> extract(BenchCorpus corpus, String name) throws Exception {
        Map<String, String> a = ChildJvm.run(maxHeap, work.resolve("logs/memory-" + name + ".log"), MemoryChild.class,
                corpus.dir().toString(), String.valueOf(threads));
        if (!a.containsKey("error") && !String.valueOf(corpus.documents()).equals(a.get("documents")))
            a.put("error", "extracted " + a.get("documents") + " of " + corpus.documents() + " documents");
        return a;
    }

    private static String describe(Map<String, String> a) {
        if (a.containsKey("error"))
            return a.get("error");
        return "RSS peak " + PeakMemory.mb(Long.parseLong(a.get("rssPeakBytes")))
                + ", live heap peak " + PeakMemory.mb(Long.parseLong(a.get("liveHeapPeakBytes")))
                + ", heap peak " + PeakMemory.mb(Long.parseLong(a.get("heapPeakBytes")))
                + String.format(", %.0f s", Long.parseLong(a.get("millis")) / 1000.0);
    }

    private static String mb(BenchCorpus c) {
        return String.format("%.0f MB", c.bytes() / 1e6);
    }
}
