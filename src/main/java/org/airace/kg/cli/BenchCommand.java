package org.airace.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.airace.kg.bench.BenchReport;
import org.airace.kg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction, loading, query latency and extraction memory, each against a baseline",
                "measured in the same run on the same input (HanLP with all recognisers, Jena's TDB2 bulk loaders,",
                "the same query in process, a smaller corpus). Figures as in BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus-mb", paramLabel = "MB", defaultValue = "10", description = "Size of the extraction corpus (default: ${DEFAULT-VALUE}).")
    int corpusMb;

    @Option(names = "--memory-mb", paramLabel = "MB", split = ",", defaultValue = "10,100",
            description = "The two corpus sizes whose extraction memory is compared (default: ${DEFAULT-VALUE}).")
    List<Integer> memoryMb;

    @Option(names = "--query-copies", paramLabel = "N", defaultValue = "100",
            description = "Copies of the seed articles in the load and query store (default: ${DEFAULT-VALUE}, about 1 M quads).")
    int queryCopies;

    @Option(names = "--work", paramLabel = "DIR", description = "Work folder for corpora and stores (default: target/bench).")
    Path work;

    @Option(names = "--source", paramLabel = "DIR", description = "Article folders to repeat (default: examples/corpus and the seeds).")
    List<Path> sources;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "The development articles, base of the query store (default: seeds under -Dairace.shared, else ../shared/seeds).")
    Path seedsDir;

    @Option(names = "--skip", paramLabel = "PART", split = ",",
            description = "Parts to leave out: extraction, cli, load, query, memory.")
    List<String> skip = new ArrayList<>();

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Threads of the multi-threaded figures (default: all cores).")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "2", description = "Rounds of each extraction and load measurement; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--query-runs", defaultValue = "20", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--child-heap", defaultValue = "2g", description = "-Xmx of the child JVMs that extract (default: ${DEFAULT-VALUE}).")
    String childHeap;

    @Option(names = "--load-heap", defaultValue = "1g",
            description = "-Xmx of every loader's child JVM, ours and Jena's alike; bin/airace gives `load` of RDF files the same (default: ${DEFAULT-VALUE}).")
    String loadHeap;

    @Option(names = "--reuse-store", description = "With --skip load: time the queries on the store a previous run left under --work.")
    boolean reuseStore;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the figures as a Markdown table.")
    Path markdown;

    @Override
    public Integer call() throws Exception {
        Set<String> skipped = new HashSet<>(skip);
        skipped.removeAll(Benchmark.PARTS);
        if (!skipped.isEmpty())
            throw new IllegalArgumentException("unknown part(s) " + skipped + "; parts: " + Benchmark.PARTS);
        Path home = Path.of(System.getProperty("airace.home", "."));
        Path seeds = seedsDir != null ? seedsDir
                : Path.of(System.getProperty("airace.shared", home.resolve("../shared").toString()), "seeds");
        if (!Files.isDirectory(seeds))
            System.err.println("bench: no seed articles at " + seeds + " (give --seeds DIR); using examples/corpus alone");
        List<Path> src = sources;
        if (src == null || src.isEmpty()) {
            src = new ArrayList<>();
            src.add(home.resolve("examples/corpus"));
            if (Files.isDirectory(seeds))
                src.add(seeds);
        }
        List<Path> querySources = Files.isDirectory(seeds) && (sources == null || sources.isEmpty()) ? List.of(seeds) : List.of();
        int n = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
        Path dir = work != null ? work : home.resolve("target/bench");
        BenchReport report = new BenchReport(System.out);
        new Benchmark(new Benchmark.Options(src, querySources, dir.toAbsolutePath(), corpusMb, queryCopies, memoryMb,
                Set.copyOf(skip), n, rounds, queryRuns, childHeap, loadHeap, reuseStore), report).run();
        System.out.println();
        System.out.println(report.markdown());
        if (markdown != null)
            Files.writeString(markdown, report.markdown());
        return 0;
    }
}
