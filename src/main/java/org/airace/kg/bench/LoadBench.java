package org.airace.kg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Load throughput (quads per second) of {@code airace load FILE.nq} against Jena's TDB2 bulk loaders
 * on the same N-Quads, each into a fresh store in its own JVM (so each pays its own start and has
 * its own memory peak). Each round runs ours first, then Jena's loaders in the order of
 * {@link #JENA_LOADERS}; a loader's figure is its fastest round (the machine is shared: a slow round says
 * how busy it was) and its highest RSS peak over all rounds.
 */
final class LoadBench {
    static final List<String> JENA_LOADERS = List.of("basic", "sequential", "parallel", "phased");
    private static final long RSS_LIMIT = 1L << 30;

    private final Path work;
    private final String maxHeap;
    private final int rounds;
    private final BenchReport report;

    LoadBench(Path work, String maxHeap, int rounds, BenchReport report) {
        this.work = work;
        this.maxHeap = maxHeap;
        this.rounds = Math.max(1, rounds);
        this.report = report;
    }

    /** Loads {@code nquads} with every loader; returns the store our loader built (kept for the query benchmark). */
    Path run(Path nquads) throws Exception {
        Map<String, Result> fastest = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String loader : Stream.concat(Stream.of("airace"), JENA_LOADERS.stream()).toList())
                fastest.merge(loader, load(loader, nquads), Result::better);
        }
        Result ours = fastest.remove("airace");
        Result best = null;
        for (Result r : fastest.values()) {
            report.add(new Figure("load, Jena " + r.loader() + " loader", r.describe(), "", Double.NaN, "", null));
            if (best == null || r.quadsPerSecond() > best.quadsPerSecond())
                best = r;
        }
        boolean met = ours.quadsPerSecond() >= best.quadsPerSecond() && ours.rss() <= RSS_LIMIT;
        report.add(new Figure("load, airace (into an empty store: one transaction, parser thread, summary on a worker, secondary indexes on all cores)", ours.describe(),
                "fastest Jena loader (" + best.loader() + "): " + best.describe(),
                ours.quadsPerSecond() / best.quadsPerSecond(), "ratio >= 1.0 within 1 GB RSS", met));
        return work.resolve("store-airace");
    }

    private Result load(String loader, Path nquads) throws Exception {
        Path store = work.resolve("store-" + loader);
        Workspace.deleteTree(store);
        Map<String, String> a = ChildJvm.run(maxHeap, work.resolve("logs/load-" + loader + ".log"), LoadChild.class,
                loader, nquads.toString(), store.toString());
        if (a.containsKey("error"))
            throw new IllegalStateException("loader " + loader + ": " + a.get("error"));
        long disk = Workspace.sizeOf(store);
        if (!loader.equals("airace"))
            Workspace.deleteTree(store);
        return new Result(loader, Long.parseLong(a.get("quads")), Long.parseLong(a.get("millis")),
                Long.parseLong(a.get("rssPeakBytes")), disk);
    }

    record Result(String loader, long quads, long millis, long rss, long diskBytes) {
        /** The faster of two rounds, with the higher RSS peak of the two. */
        Result better(Result other) {
            Result fast = millis <= other.millis ? this : other;
            return new Result(loader, fast.quads, fast.millis, Math.max(rss, other.rss), fast.diskBytes);
        }

        double quadsPerSecond() {
            return quads / (millis / 1000.0);
        }

        String describe() {
            return String.format("%.1f k quads/s (%d quads in %.1f s, RSS peak %s, store %s)", quadsPerSecond() / 1000,
                    quads, millis / 1000.0, PeakMemory.mb(rss), PeakMemory.mb(diskBytes));
        }
    }
}
