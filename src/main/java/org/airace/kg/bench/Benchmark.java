package org.airace.kg.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.job.RunReport;
import org.airace.kg.store.TdbStore;

/**
 * The whole benchmark: builds the corpora under the work folder, then measures extraction, loading,
 * query latency and extraction memory, each against its baseline in the same run. Parts can be
 * skipped by name ({@link #PARTS}).
 */
public final class Benchmark {
    /** Parts of the benchmark, in the order they run. */
    public static final List<String> PARTS = List.of("extraction", "cli", "load", "query", "memory");

    /**
     * @param sources     article folders the corpora repeat (the first is the query corpus base when
     *                    {@code querySources} is empty)
     * @param querySources articles whose {@code queryCopies} copies make the query store
     * @param memoryMb    the two corpus sizes of the memory figure
     * @param reuseStore  with load skipped, time the queries on the store a previous run left in the work folder
     */
    public record Options(List<Path> sources, List<Path> querySources, Path work, int corpusMb, int queryCopies,
            List<Integer> memoryMb, Set<String> skip, int threads, int rounds, int queryRuns, String childHeap,
            String loadHeap, boolean reuseStore) {}

    private final Options o;
    private final BenchReport report;

    public Benchmark(Options options, BenchReport report) {
        this.o = options;
        this.report = report;
    }

    public void run() throws Exception {
        Files.createDirectories(o.work());
        report.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
        BenchCorpus corpus = null;
        if (!o.skip().contains("extraction") || !o.skip().contains("cli") || !o.skip().contains("memory")) {
            corpus = BenchCorpus.build(o.sources(), o.work().resolve("corpus-" + o.corpusMb() + "mb"), o.corpusMb() * 1_000_000L);
            report.note("corpus: " + corpus.describe());
        }
        if (!o.skip().contains("extraction") || !o.skip().contains("cli")) {
            report.note("extraction (best of " + o.rounds() + " rounds, after warm-up):");
            new ExtractionBench(corpus, o.threads(), o.rounds(), report)
                    .run(!o.skip().contains("extraction"), !o.skip().contains("cli"), o.work());
        }
        Path reusable = o.work().resolve("store-airace");
        if (o.skip().contains("load") && !o.skip().contains("query") && o.reuseStore() && Files.isDirectory(reusable)) {
            report.note("query latency on the existing store " + reusable + " (" + o.queryRuns() + " timed runs each, after the server's warm-up and " + QueryBench.WARM_RUNS + " untimed runs):");
            try (TdbStore s = TdbStore.open(reusable)) {
                new QueryBench(s, o.queryRuns(), report).run();
            }
        } else if (!o.skip().contains("load") || !o.skip().contains("query")) {
            Path nquads = queryCorpusQuads();
            Path store;
            if (!o.skip().contains("load")) {
                report.note("load (each loader in its own JVM, -Xmx" + o.loadHeap() + "):");
                store = new LoadBench(o.work(), o.loadHeap(), o.rounds(), report).run(nquads);
            } else {
                store = o.work().resolve("store-airace");
                Workspace.deleteTree(store);
                Map<String, String> a = ChildJvm.run(o.loadHeap(), o.work().resolve("logs/load-airace.log"),
                        LoadChild.class, "airace", nquads.toString(), store.toString());
                if (a.containsKey("error"))
                    throw new IllegalStateException(a.get("error"));
            }
            if (!o.skip().contains("query")) {
                report.note("query latency (" + o.queryRuns() + " timed runs each, after the server's warm-up and " + QueryBench.WARM_RUNS + " untimed runs):");
                try (TdbStore s = TdbStore.open(store)) {
                    new QueryBench(s, o.queryRuns(), report).run();
                }
            }
        }
        if (!o.skip().contains("memory")) {
            List<BenchCorpus> sizes = new ArrayList<>();
            for (int mb : o.memoryMb()) {
                sizes.add(mb == o.corpusMb() ? corpus
                        : BenchCorpus.build(o.sources(), o.work().resolve("corpus-" + mb + "mb"), mb * 1_000_000L));
            }
            report.note("memory (extraction in a child JVM, " + o.threads() + " threads):");
            new MemoryBench(o.work(), o.childHeap(), o.threads(), report).run(sizes.get(0), sizes.get(sizes.size() - 1));
        }
    }

    /** Extracts the query corpus (copies of the query sources) to N-Quads once per run. */
    private Path queryCorpusQuads() throws Exception {
        List<Path> base = o.querySources().isEmpty() ? o.sources() : o.querySources();
        BenchCorpus qc = BenchCorpus.copies(base, o.work().resolve("query-corpus"), o.queryCopies());
        Path nquads = o.work().resolve("query-corpus.nq");
        RunReport r = new RunReport("bench");
        long t0 = System.nanoTime();
        try (ExtractionJob job = ExtractionJob.create(o.threads(), new PrintStream(OutputStream.nullOutputStream()))) {
            job.extractTo(List.of(qc.dir()), nquads, r);
        }
        report.note(String.format("query corpus: %d copies, %s -> %d quads in %.0f s", o.queryCopies(), qc.describe(),
                r.total("quads"), (System.nanoTime() - t0) / 1e9));
        return nquads;
    }
}
